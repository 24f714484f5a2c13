package io.github.scosdk.quality.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central will get: every build deploys the published modules into a file repository
 * ({@code target/staging-repo} at the top, signing off), and this test reads it back as a consumer's resolver
 * would. Each jar module has its pom, jar, sources and javadoc jars, each with its SHA-1 and MD5 checksum; the
 * pom is flattened (no parent, no build, no dependency management, no test dependencies) and carries the
 * metadata Central requires; the jar carries the licence, the notice and its version.
 */
class PublishedArtifactsTest {

  /** The published jar modules; a new one is added here and in its pom (sco.publish.skip=false). */
  static final List<String> JAR_MODULES = List.of("sco-model", "sco-io", "sco-data", "sco-testkit", "sco-examples",
      "sco-jackson2", "sco-tables");

  private static final Path STAGING = Path.of(System.getProperty("sco.staging.directory", "missing"));
  private static final String VERSION = System.getProperty("sco.version", "missing");

  @ParameterizedTest
  @ValueSource(strings = {"sco-model", "sco-io", "sco-data", "sco-testkit", "sco-examples", "sco-jackson2", "sco-tables"})
  void everyJarModuleHasItsPomJarSourcesJavadocAndChecksums(String artifactId) throws Exception {
    Path pom = artifact(artifactId, "", "pom");
    assertPublished(pom);
    assertPublished(artifact(artifactId, "", "jar"));
    assertPublished(artifact(artifactId, "sources", "jar"));
    assertPublished(artifact(artifactId, "javadoc", "jar"));
    assertFlattenedWithCentralMetadata(pom, artifactId);
    try (JarFile jar = new JarFile(artifact(artifactId, "", "jar").toFile())) {
      assertLicenceAndNotice(jar, artifactId);
      Manifest manifest = jar.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Implementation-Version")).isEqualTo(VERSION);
      assertThat(manifest.getMainAttributes().getValue("Implementation-Title")).isEqualTo(artifactId);
    }
    try (JarFile sources = new JarFile(artifact(artifactId, "sources", "jar").toFile())) {
      assertThat(sources.stream().anyMatch(e -> e.getName().endsWith(".java"))).as("java sources").isTrue();
      assertLicenceAndNotice(sources, artifactId + " sources");
    }
    try (JarFile javadoc = new JarFile(artifact(artifactId, "javadoc", "jar").toFile())) {
      assertThat(javadoc.getEntry("index.html")).as("javadoc index").isNotNull();
      assertLicenceAndNotice(javadoc, artifactId + " javadoc");
    }
  }

  @Test
  void theCommandIsPublishedAsTheCliJarAndTheDistribution() throws Exception {
    Path cli = artifact("sco-examples", "cli", "jar");
    assertPublished(cli);
    try (JarFile jar = new JarFile(cli.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.github.scosdk.examples.cli.Sco");
      assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
    }
    assertPublished(artifact("sco-examples", "dist", "tar.gz"));
    assertPublished(artifact("sco-examples", "dist", "zip"));
  }

  @Test
  void theBomIsPublishedWithoutAParentAndAlignsJackson() throws Exception {
    Path pom = artifact("sco-bom", "", "pom");
    assertPublished(pom);
    Document doc = parse(pom);
    assertThat(children(doc.getDocumentElement(), "parent")).isEmpty();
    assertCentralMetadata(doc.getDocumentElement(), "sco-bom");
    String text = Files.readString(pom);
    for (String module : JAR_MODULES) {
      assertThat(text).contains("<artifactId>" + module + "</artifactId>");
    }
    assertThat(text).contains("<groupId>tools.jackson</groupId>").contains("<artifactId>jackson-bom</artifactId>");
  }

  private static void assertLicenceAndNotice(JarFile jar, String what) throws IOException {
    for (String entry : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
      assertThat(jar.getEntry(entry)).as(what + " " + entry).isNotNull();
    }
    try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/LICENSE"))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("Apache License");
    }
  }

  private static void assertFlattenedWithCentralMetadata(Path pom, String artifactId) throws Exception {
    Element project = parse(pom).getDocumentElement();
    assertThat(children(project, "parent")).as(artifactId + ": parent").isEmpty();
    assertThat(children(project, "build")).as(artifactId + ": build").isEmpty();
    assertThat(children(project, "dependencyManagement")).as(artifactId + ": dependencyManagement").isEmpty();
    assertThat(children(project, "profiles")).as(artifactId + ": profiles").isEmpty();
    String text = Files.readString(pom);
    for (String tool : List.of("jmh", "jazzer", "pitest", "jacoco", "junit-jupiter-engine", "assertj")) {
      assertThat(text).as(artifactId + " pom mentions " + tool).doesNotContain(tool);
    }
    assertThat(text).as("no test dependency").doesNotContain("<scope>test</scope>");
    assertCentralMetadata(project, artifactId);
  }

  private static void assertCentralMetadata(Element project, String artifactId) {
    for (String element : List.of("name", "description", "url", "inceptionYear")) {
      assertThat(text(project, element)).as(artifactId + ": " + element).isNotBlank();
    }
    Element license = only(only(project, "licenses"), "license");
    assertThat(text(license, "name")).isEqualTo("Apache-2.0");
    assertThat(text(license, "url")).startsWith("https://www.apache.org/licenses/LICENSE-2.0");
    Element developer = only(only(project, "developers"), "developer");
    assertThat(text(developer, "name")).isNotBlank();
    Element scm = only(project, "scm");
    assertThat(text(scm, "connection")).startsWith("scm:git:");
    assertThat(text(scm, "url")).isEqualTo("https://github.com/sco-sdk/sco-sdk");
    assertThat(text(project, "url")).as("url without a module path").isEqualTo("https://github.com/sco-sdk/sco-sdk");
    assertThat(text(only(project, "organization"), "name")).isEqualTo("sco-sdk");
  }

  /** The file of an artifact in the staging repository (the newest timestamp of a snapshot). */
  private static Path artifact(String artifactId, String classifier, String extension) throws Exception {
    Path dir = STAGING.resolve("io/github/sco-sdk").resolve(artifactId).resolve(VERSION);
    assertThat(dir).as("staged %s (run the whole build: mvn verify)", artifactId).isDirectory();
    String fileVersion = VERSION;
    if (VERSION.endsWith("-SNAPSHOT")) {
      Element snapshot = only(only(parse(dir.resolve("maven-metadata.xml")).getDocumentElement(), "versioning"),
          "snapshot");
      fileVersion = VERSION.substring(0, VERSION.length() - "-SNAPSHOT".length()) + "-"
          + text(snapshot, "timestamp") + "-" + text(snapshot, "buildNumber");
    }
    String suffix = classifier.isEmpty() ? "" : "-" + classifier;
    return dir.resolve(artifactId + "-" + fileVersion + suffix + "." + extension);
  }

  private static void assertPublished(Path file) throws IOException {
    assertThat(file).isRegularFile();
    assertThat(Files.size(file)).as(file.getFileName().toString()).isPositive();
    for (String checksum : List.of("sha1", "md5")) {
      Path sum = file.resolveSibling(file.getFileName() + "." + checksum);
      assertThat(sum).isRegularFile();
      assertThat(Files.readString(sum).trim()).matches("[0-9a-f]{" + ("sha1".equals(checksum) ? 40 : 32) + "}");
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  private static String text(Element parent, String name) {
    return only(parent, name).getTextContent().trim();
  }
}
