package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationExceptionKind;
import java.util.Optional;

/**
 * {@code presidency.summit-host}: the meeting that closes a term is a regular meeting of the term's body (a
 * Council of Heads of State meeting for the presidency, a Council of Heads of Government meeting for the CHG
 * chairmanship) hosted (or, by video, organised) by that term's holder. Terms in a declared irregular period of
 * their body (2001–2004, when Kazakhstan chaired but Moscow hosted) are excused.
 */
final class PresidencySummitHostRule implements Rule {

  @Override
  public String id() {
    return RuleIds.PRESIDENCY_SUMMIT_HOST;
  }

  @Override
  public String description() {
    return "The regular CHS (or, for a CHG term, CHG) meeting closing a term is hosted (or organised by video) by"
        + " that term's holder.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (Presidency p : context.dataset().presidencies()) {
      if (p.closedAt().isEmpty() || context.isExcused(p, RotationExceptionKind.IRREGULAR_PERIOD)) {
        continue;
      }
      Optional<Meeting> summit = context.dataset().meeting(p.closedAt().get());
      if (summit.isEmpty()) {
        continue; // reported by reference.resolves
      }
      Meeting m = summit.get();
      if (m.body() != p.body() || m.kind() != MeetingKind.REGULAR) {
        sink.error(
            Location.of(p).at("closedAt"),
            String.format(
                "term %s of %s is closed by %s, which is a %s %s meeting, not a regular %s meeting",
                p.id(), p.holder(), m.id(), m.kind().name().toLowerCase(java.util.Locale.ROOT), m.body().abbreviation(),
                Names.of(p.body())));
      } else if (m.host().isEmpty() || !m.host().get().equals(p.holder())) {
        sink.error(
            Location.of(p).at("closedAt"),
            String.format(
                "term %s of %s is closed by %s %s, which is hosted by %s, not by the holder",
                p.id(), p.holder(), p.body() == Body.COUNCIL_OF_HEADS_OF_STATE ? "summit" : "meeting", m.id(),
                m.host().map(Object::toString).orElse("nobody recorded")));
      }
    }
  }
}
