package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * The one-line note an answer about a day after the dataset's horizon carries ({@link ScoDataset#asOfDate()}:
 * the day up to which it is complete): "the dataset is complete up to 2026-03-10; later facts may be missing". It
 * is a last line {@code Note: ...} in text, a {@value #CSV_COLUMN} column in CSV and a {@value #JSON_FIELD} field
 * of the answer's JSON object. A dataset without a horizon, or a day not after it, gives no note.
 */
final class HorizonNote {

  /** The name of the JSON field. */
  static final String JSON_FIELD = "horizonNote";

  /** The name of the CSV column. */
  static final String CSV_COLUMN = "horizon_note";

  private HorizonNote() {}

  /** The note for an answer about the day, if the day is after the dataset's horizon. */
  static Optional<String> of(ScoDataset data, LocalDate day) {
    if (!data.beyondHorizon(day)) {
      return Optional.empty();
    }
    return Optional.of("the dataset is complete up to " + data.asOfDate().orElseThrow()
        + "; later facts may be missing");
  }

  /** The text answer with the note as its last line. */
  static String text(String answer, String note) {
    return answer + (answer.endsWith("\n") || answer.isEmpty() ? "" : "\n") + "Note: " + note + ".\n";
  }

  /**
   * A generator that writes the note as the last field of the top-level object (an answer that is not an object
   * has nowhere to put it and is left as it is).
   */
  static JsonGenerator json(JsonGenerator g, String note) {
    return new JsonGeneratorDelegate(g, true) {
      @Override
      public JsonGenerator writeEndObject() {
        TokenStreamContext context = streamWriteContext();
        if (context.getParent() != null && context.getParent().inRoot()) {
          Json.member(delegate(), JSON_FIELD, note);
        }
        return super.writeEndObject();
      }
    };
  }
}
