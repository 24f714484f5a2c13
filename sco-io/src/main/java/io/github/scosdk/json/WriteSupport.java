package io.github.scosdk.json;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Deterministic writing of {@code sco-dataset/1} values: absent optionals, empty collections and values equal to
 * their documented default are omitted, so that equal values always give the same bytes.
 */
final class WriteSupport {

  static final SerializableString ID = name("id");
  static final SerializableString SOURCES = name("sources");
  static final SerializableString CONFIDENCE = name("confidence");
  static final SerializableString NOTE = name("note");

  private WriteSupport() {}

  static SerializableString name(String name) {
    return new SerializedString(name);
  }

  static void string(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  static void string(JsonGenerator g, SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  static void date(JsonGenerator g, SerializableString name, PartialDate value) {
    g.writeName(name);
    writeDate(g, value);
  }

  static void date(JsonGenerator g, SerializableString name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      date(g, name, value.get());
    }
  }

  static void day(JsonGenerator g, SerializableString name, LocalDate value) {
    g.writeName(name);
    writeDate(g, PartialDate.of(value));
  }

  /** Writes {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} without intermediate strings. */
  static void writeDate(JsonGenerator g, PartialDate d) {
    char[] buf = new char[10];
    LocalDate e = d.earliest();
    digits(buf, 0, e.getYear(), 4);
    int len = 4;
    switch (d.precision()) {
      case DAY:
        buf[4] = '-';
        digits(buf, 5, e.getMonthValue(), 2);
        buf[7] = '-';
        digits(buf, 8, e.getDayOfMonth(), 2);
        len = 10;
        break;
      case MONTH:
        buf[4] = '-';
        digits(buf, 5, e.getMonthValue(), 2);
        len = 7;
        break;
      default:
        break;
    }
    g.writeString(buf, 0, len);
  }

  private static void digits(char[] buf, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      buf[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static void state(JsonGenerator g, SerializableString name, StateCode value) {
    g.writeName(name);
    g.writeString(value.code());
  }

  static void state(JsonGenerator g, SerializableString name, Optional<StateCode> value) {
    if (value.isPresent()) {
      state(g, name, value.get());
    }
  }

  static <E extends Enum<E>> void enumValue(JsonGenerator g, SerializableString name, EnumNames<E> names, E value) {
    g.writeName(name);
    g.writeString(names.name(value));
  }

  static void strings(JsonGenerator g, SerializableString name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  static void states(JsonGenerator g, SerializableString name, List<StateCode> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeString(values.get(i).code());
    }
    g.writeEndArray();
  }

  static <T> void objects(JsonGenerator g, SerializableString name, Codec<T> codec, List<T> values, boolean always) {
    if (values.isEmpty() && !always) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      codec.write(g, values.get(i));
    }
    g.writeEndArray();
  }

  static void flag(JsonGenerator g, SerializableString name, boolean value) {
    if (value) {
      g.writeName(name);
      g.writeBoolean(true);
    }
  }

  /** The fields every record ends with: confidence (unless high) and note. */
  static void confidenceAndNote(JsonGenerator g, Confidence confidence, Optional<String> note) {
    if (confidence != Confidence.HIGH) {
      enumValue(g, CONFIDENCE, ModelEnums.CONFIDENCE, confidence);
    }
    string(g, NOTE, note);
  }
}
