package io.github.scosdk.model.rules;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code meeting.participants-eligible}: each state taking part in an SCO meeting is a member, a partner of any
 * kind, or an applicant (accession started, acceding) on the meeting's first or last day, or is marked as a
 * declared guest. Meetings of the Shanghai Five, before any SCO status existed, are not checked.
 */
final class MeetingParticipantsEligibleRule implements Rule {

  private static final Set<MembershipStatus> ELIGIBLE =
      EnumSet.of(
          MembershipStatus.MEMBER,
          MembershipStatus.DIALOGUE_PARTNER,
          MembershipStatus.OBSERVER,
          MembershipStatus.PARTNER);

  /** A member, a partner of any kind or an acceding state (on either track) on the day. */
  private static boolean eligible(ScoDataset data, StateCode state, java.time.LocalDate day) {
    return ELIGIBLE.contains(data.statusOn(state, day)) || data.accessionStageOn(state, day) != AccessionStage.NONE;
  }

  @Override
  public String id() {
    return RuleIds.MEETING_PARTICIPANTS_ELIGIBLE;
  }

  @Override
  public String description() {
    return "Participants are members, partners or declared guests on the meeting's date.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    for (Meeting m : data.meetings()) {
      if (m.body() == Body.SHANGHAI_FIVE) {
        continue;
      }
      List<Participant> participants = m.participants();
      for (int i = 0; i < participants.size(); i++) {
        Participant p = participants.get(i);
        if (p.guest() || p.state().isEmpty()) {
          continue;
        }
        StateCode state = p.state().get();
        MembershipStatus first = data.statusOn(state, m.startDate().earliest());
        if (eligible(data, state, m.startDate().earliest())) {
          continue;
        }
        if (!eligible(data, state, m.endDate().earliest())) {
          sink.error(
              Location.of(m).at("participants", i),
              String.format(
                  "%s takes part in %s on %s but its status then is %s, and it is not marked as a guest",
                  state, m.id(), m.startDate(), Names.of(first)));
        }
      }
    }
  }
}
