package io.github.scosdk.model.rules;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import java.util.Optional;

/**
 * {@code document.adoption}: a document adopted at a meeting has its adoption date (or, failing that, its
 * signing date) within the meeting's dates. With partial dates it is enough that the two may coincide.
 */
final class DocumentAdoptionRule implements Rule {

  @Override
  public String id() {
    return RuleIds.DOCUMENT_ADOPTION;
  }

  @Override
  public String description() {
    return "A document's adoption date falls within the adopting meeting's dates.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (Document d : context.dataset().documents()) {
      if (d.adoptedAt().isEmpty()) {
        continue;
      }
      Optional<Meeting> meeting = context.dataset().meeting(d.adoptedAt().get());
      Optional<PartialDate> date = d.adopted().or(d::signed);
      if (meeting.isEmpty() || date.isEmpty()) {
        continue;
      }
      Meeting m = meeting.get();
      PartialDate when = date.get();
      boolean overlaps =
          !when.latest().isBefore(m.startDate().earliest()) && !when.earliest().isAfter(m.endDate().latest());
      if (!overlaps) {
        sink.error(
            Location.of(d).at(d.adopted().isPresent() ? "adopted" : "signed"),
            String.format(
                "%s is dated %s but the meeting %s that adopted it ran from %s to %s",
                d.id(), when, m.id(), m.startDate(), m.endDate()));
      }
    }
  }
}
