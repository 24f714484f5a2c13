package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;

/**
 * A command that answers a question about the dataset and prints the answer in the format asked for with
 * {@code --format}: text for people, JSON or CSV for programs. A subclass computes the answer once and says how
 * each format shows it; reading the dataset, choosing the format, the
 * {@link HorizonNote} of an answer about a day after the dataset's horizon and checking the output are done here.
 *
 * @param <A> the answer
 */
abstract class Query<A> extends ScoCommand {

  @Mixin FormatOption format = new FormatOption();

  Query(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  public final Integer call() {
    ScoDataset data = dataset();
    A answer = answer(data);
    Optional<String> note = day(answer).flatMap(day -> HorizonNote.of(data, day));
    switch (format.format) {
      case json:
        Output.data(out(), Json.write(g -> json(note.isEmpty() ? g : HorizonNote.json(g, note.get()), data,
            answer)));
        break;
      case csv:
        Csv csv = csv(data, answer);
        note.ifPresent(n -> csv.column(HorizonNote.CSV_COLUMN, n));
        Output.data(out(), csv.toString());
        break;
      default:
        String text = text(data, answer);
        Output.text(out(), note.map(n -> HorizonNote.text(text, n)).orElse(text));
    }
    return exitCode(answer);
  }

  /**
   * The day the answer is about, if it is about one: an answer about a day after the dataset's horizon carries the
   * {@link HorizonNote} in every format. None by default.
   */
  Optional<LocalDate> day(A answer) {
    return Optional.empty();
  }

  /** The answer over the dataset. */
  abstract A answer(ScoDataset data);

  /** The answer for people, in lines each ending with a newline. */
  abstract String text(ScoDataset data, A answer);

  /** The answer as one JSON value. */
  abstract void json(JsonGenerator g, ScoDataset data, A answer);

  /** The answer as a header row and records. */
  abstract Csv csv(ScoDataset data, A answer);

  /** The exit code that goes with the answer; {@link ExitCodes#OK} unless a command says otherwise. */
  int exitCode(A answer) {
    return ExitCodes.OK;
  }
}
