package io.github.scosdk.examples.cli;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.tables.ScoTables;
import io.github.scosdk.tables.StateYearProfile;
import io.github.scosdk.tables.Table;
import io.github.scosdk.tables.TableFormat;
import io.github.scosdk.tables.TableOptions;
import io.github.scosdk.tables.TableShape;
import io.github.scosdk.tables.YearSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sco table SHAPE [--profile P] [--format csv|jsonl] [--from YEAR] [--to YEAR] [--out FILE]}: the dataset as
 * one of the sco-tables layouts (docs/tables.md), on standard output or written atomically to a file (a temporary
 * file in the same directory, then moved over the target, so a reader never sees half a table).
 */
@Command(
    name = "table",
    description = {
      "Writes the dataset as a table other tools join: intervals, state-day, state-year, dyad-year, presidencies,"
          + " meetings, documents or officials (layouts in docs/tables.md).",
      "CSV is RFC 4180 (UTF-8, a header row); JSON Lines is one object per row."
    })
final class TableCommand extends ScoCommand {

  @Parameters(index = "0", paramLabel = "SHAPE", description = "intervals, state-day, state-year, dyad-year,"
      + " presidencies, meetings, documents or officials.")
  @Nullable String shape;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "The state-year coding: cow-v3 (default; the COW IGO v3 sco column) or extended.")
  @Nullable String profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default) or jsonl.")
  String format = "csv";

  @Option(names = "--from", paramLabel = "YEAR", description = "First year of a panel; default 1996.")
  @Nullable Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year of a panel; default the year of the"
      + " dataset's asOfDate.")
  @Nullable Integer to;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (replaced atomically: never half-written); - or none: standard"
      + " output.")
  @Nullable Path out;

  TableCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  public Integer call() {
    if (shape == null) {
      throw new BadInputException("Missing required parameter: 'SHAPE'");
    }
    TableShape tableShape = parse(() -> TableShape.named(shape));
    TableFormat tableFormat = parse(() -> TableFormat.named(format));
    if (profile != null && tableShape != TableShape.STATE_YEAR) {
      throw new BadInputException("--profile applies to state-year only, not to " + tableShape.cliName());
    }
    ScoDataset dataset = dataset();
    TableOptions defaults = TableOptions.defaults(dataset, version(dataset));
    TableOptions options = defaults.withYears(years(defaults.years()));
    if (profile != null) {
      options = options.withProfile(parse(() -> StateYearProfile.named(profile)));
    }
    Table table = ScoTables.table(dataset, tableShape, options);
    if (out == null || out.toString().equals(Output.STDOUT)) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      tableFormat.write(table, bytes);
      Output.data(out(), bytes.toString(StandardCharsets.UTF_8));
      return ExitCodes.OK;
    }
    long[] rows = new long[1];
    try {
      AtomicFile.write(out, os -> {
        try {
          rows[0] = tableFormat.write(table, os);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      });
    } catch (IOException e) {
      throw new BadInputException("cannot write '" + out + "': " + Output.describe(e), e);
    }
    Output.text(out(), "Wrote " + out + " (" + table.name() + ", " + rows[0] + " rows, "
        + tableFormat.cliName() + ").\n");
    return ExitCodes.OK;
  }

  /**
   * The years asked for: a missing --from defaults to 1996 (or to --to when that is earlier), a missing --to to the
   * dataset's last year (or to --from when that is later).
   */
  private YearSpan years(YearSpan defaults) {
    int first = from != null ? from : Math.max(YearSpan.MIN_YEAR, Math.min(defaults.from(), to != null ? to : 9999));
    int last = to != null ? to : Math.max(defaults.to(), first);
    try {
      return new YearSpan(first, last);
    } catch (IllegalArgumentException e) {
      // the library names its fields from/to; the user typed --from/--to
      throw new BadInputException(String.valueOf(e.getMessage()).replaceAll("\\b(from|to)\\b", "--$1"), e);
    }
  }

  /** The embedded dataset's version, or the as-of day of any other dataset. */
  private String version(ScoDataset dataset) {
    if (dataFile() == null && dataset == ScoReference.dataset()) {
      return ScoReference.version().version();
    }
    return dataset.asOfDate().map(d -> "as-of-" + d).orElse("undated");
  }

  private static <T> T parse(java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
