package io.github.scosdk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A consumer that compiles the README's Java snippet (section "Using it") with {@code -Xlint:all -Werror},
 * against the published modules and what they bring (this module's class path), compiles clean: no warning from
 * an annotation of the generated code whose class is missing, no deprecation, nothing.
 */
class ReadmeSnippetCompilesTest {

  private static final Path README = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");

  /** The first Java block after the heading "## Using it". */
  static String snippet() throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    int section = text.indexOf("\n## Using it");
    assertThat(section).as("README has a section 'Using it'").isPositive();
    int start = text.indexOf("```java\n", section);
    int end = text.indexOf("\n```", start + 8);
    assertThat(start).as("a Java block in 'Using it'").isPositive();
    return text.substring(start + 8, end + 1);
  }

  private static JavaFileObject source(String name, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  @Test
  void theSnippetCompilesWithEveryLintWarningAnError() throws IOException {
    String code =
        "import io.github.scosdk.data.ScoReference;\n"
            + "import io.github.scosdk.model.*;\n"
            + "import io.github.scosdk.model.rules.*;\n"
            + "import java.time.LocalDate;\n"
            + "\n"
            + "final class ReadmeSnippet {\n"
            + "  private ReadmeSnippet() {}\n"
            + "\n"
            + "  static Meeting run() {\n"
            + snippet()
            + "    return summit.withTitle(s.date().toString());\n"
            + "  }\n"
            + "}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createTempDirectory("readme-snippet");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-Xlint:all", "-Werror", "--release", "17",
              "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
      boolean ok =
          javac.getTask(diagnostics, files, null, options, null, List.of(source("ReadmeSnippet", code))).call();
      assertThat(diagnostics.toString()).as("javac output for\n%s", code).isEmpty();
      assertThat(ok).isTrue();
    }
    assertThat(out.resolve("ReadmeSnippet.class")).exists();
  }
}
