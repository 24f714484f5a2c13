package io.github.scosdk.model.rules;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.Source;
import java.util.Optional;

/**
 * {@code record.sourced}: every record cites at least one source that exists in the dataset and can be found
 * again (it has a URL or a bibliographic title).
 *
 * <p>A record citing no source, or only ids that name no source, is reported once, at its {@code sources}
 * attribute: a warning, or an error in strict mode. A single dangling id among good ones is left to
 * {@code reference.resolves}, so one defect is reported by one rule. The builder of {@link Source} already
 * requires a non-blank title, so every existing source is findable; the check stays here so that the rule
 * keeps its meaning if the source record ever loosens.
 */
final class RecordSourcedRule implements Rule {

  @Override
  public String id() {
    return RuleIds.RECORD_SOURCED;
  }

  @Override
  public String description() {
    return "Every record cites at least one existing source that has a URL or a bibliographic title.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    Severity severity = context.strict() ? Severity.ERROR : Severity.WARNING;
    data.records()
        .forEach(
            r -> {
              if (r.sources().isEmpty()) {
                report(sink, severity, r, r.id() + " cites no source");
              } else if (r.sources().stream().noneMatch(id -> findable(data.source(id)))) {
                report(
                    sink,
                    severity,
                    r,
                    r.id() + " cites only " + r.sources() + ", none of which is a source of the dataset with a URL"
                        + " or a title");
              }
            });
  }

  private static boolean findable(Optional<Source> source) {
    return source.filter(s -> s.url().isPresent() || !s.title().isBlank()).isPresent();
  }

  private static void report(ViolationSink sink, Severity severity, ScoRecord r, String message) {
    sink.report(severity, Location.of(r).at(AttributePath.of("sources")), message);
  }
}
