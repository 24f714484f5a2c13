package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;

/**
 * A command that answers a question about the dataset and prints the answer in the format asked for with
 * {@code --format}: text for people, JSON or CSV for programs. A subclass computes the answer once and says how
 * each format shows it; reading the dataset, choosing the format and checking the output are done here.
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
    switch (format.format) {
      case json:
        Output.data(commandLine(), Json.write(g -> json(g, data, answer)));
        break;
      case csv:
        Output.data(commandLine(), csv(data, answer).toString());
        break;
      default:
        Output.text(commandLine(), text(data, answer));
    }
    return exitCode(answer);
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
