package io.github.scosdk.examples.cli;

import java.io.StringWriter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The command's own JSON output (the dataset itself is written by {@code ScoJson}), written by Jackson's
 * streaming generator: two-space indents, {@code "name": value}, and every character that could act on a terminal
 * escaped as {@code \}{@code uXXXX} (the control characters JSON requires, and also DEL, the C1 controls and the
 * bidirectional and line-separator characters of {@link TerminalText}). Misuse (a value where a name is due, a
 * container left open) fails at once.
 */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new TerminalSafe()).build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** The document the writer produces, followed by a newline. */
  static String write(Consumer<JsonGenerator> writer) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      writer.accept(g);
      if (!g.streamWriteContext().inRoot()) {
        throw new IllegalStateException("json: a container is still open");
      }
    }
    return out.append('\n').toString();
  }

  /** A string member, or null. */
  static void member(JsonGenerator g, String name, @Nullable String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /** A member whose value is an array of strings. */
  static void strings(JsonGenerator g, String name, Iterable<String> values) {
    array(g, name, values, JsonGenerator::writeString);
  }

  /** A member whose value is an array with one value per item, each written by the writer. */
  static <T> void array(JsonGenerator g, String name, Iterable<T> items, BiConsumer<JsonGenerator, T> writer) {
    g.writeArrayPropertyStart(name);
    items.forEach(item -> writer.accept(g, item));
    g.writeEndArray();
  }

  /** JSON's own escapes, plus a {@code \}{@code uXXXX} escape for each character {@link TerminalText} escapes. */
  private static final class TerminalSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafe() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch <= 0xffff && TerminalText.isUnsafe((char) ch, false)
          ? new SerializedString(String.format("\\u%04X", ch))
          : null;
    }
  }
}
