package io.github.scosdk.tables;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Codes a state's year as the state-year and dyad-year tables write it.
 *
 * <p>The rule, as the COW IGO v3 data applies it to the SCO: a year is coded by what held on any day of it (a state
 * admitted in June is a member for that year); the Shanghai Five counts as the SCO from the year of its first meeting
 * in the data, its participants (not guests) coded as members from the year they first took part until the SCO's
 * founding year (the first year with a member); every year before the first Shanghai Five meeting (or, without one,
 * before the first status of any state) is -1 ("IGO not in existence"). Everything is derived from
 * the dataset: the Shanghai Five meetings and the status spans.
 */
final class YearCoding {

  private static final List<String> STAGES = List.of("none", "started", "memorandum_signed");

  private final int firstYear;
  private final int foundingYear;
  private final Map<StateCode, Integer> shanghaiFiveFrom = new HashMap<>();
  private final List<Meeting> shanghaiFive = new ArrayList<>();

  YearCoding(ScoDataset dataset) {
    int founding = Integer.MAX_VALUE;
    int firstStatus = Integer.MAX_VALUE;
    for (var c : dataset.statusChanges()) {
      int year = c.date().earliest().getYear();
      firstStatus = Math.min(firstStatus, year);
      if (c.status() == MembershipStatus.MEMBER) {
        founding = Math.min(founding, year);
      }
    }
    for (Meeting m : dataset.meetings()) {
      if (m.body() == Body.SHANGHAI_FIVE) {
        shanghaiFive.add(m);
        int year = m.startDate().earliest().getYear();
        for (Participant p : m.participants()) {
          if (!p.guest() && p.state().isPresent()) {
            shanghaiFiveFrom.merge(p.state().get(), year, Math::min);
          }
        }
      }
    }
    shanghaiFive.sort(Comparator.comparing(Meeting::startDate));
    this.foundingYear = founding;
    this.firstYear =
        shanghaiFive.isEmpty()
            ? firstStatus
            : Math.min(firstStatus, shanghaiFive.get(0).startDate().earliest().getYear());
  }

  /** The state's cell for the year, from its spans. */
  YearCell code(StateCode state, List<StatusSpan> spans, int year) {
    if (year < firstYear) {
      return new YearCell(YearCell.NOT_IN_EXISTENCE, YearCell.NOT_IN_EXISTENCE, "none", false, false, "none", List.of());
    }
    StatusSpan member = null;
    StatusSpan partner = null;
    StatusSpan last = null;
    boolean dialoguePartner = false;
    boolean scoPartner = false;
    int stage = 0;
    for (StatusSpan s : spans) {
      if (!s.overlaps(year)) {
        continue;
      }
      last = s;
      if (s.status() == MembershipStatus.MEMBER) {
        member = s;
      } else if (s.status().isPartnerKind()) {
        partner = s;
      }
      dialoguePartner |= s.status() == MembershipStatus.DIALOGUE_PARTNER;
      scoPartner |= s.status() == MembershipStatus.PARTNER;
      stage = Math.max(stage, STAGES.indexOf(s.accessionStage()));
    }
    String stageName = STAGES.get(Math.max(stage, 0));
    if (member != null) {
      return cell(YearCell.MEMBER, YearCell.MEMBER, member, dialoguePartner, scoPartner, stageName);
    }
    Integer fiveFrom = shanghaiFiveFrom.get(state);
    if (fiveFrom != null && fiveFrom <= year && year <= foundingYear) {
      return new YearCell(
          YearCell.MEMBER, YearCell.MEMBER, "shanghai_five", dialoguePartner, scoPartner, stageName,
          shanghaiFiveSources(year));
    }
    if (partner != null) {
      return cell(YearCell.NONE, YearCell.OBSERVER, partner, dialoguePartner, scoPartner, stageName);
    }
    return cell(YearCell.NONE, YearCell.NONE, last, dialoguePartner, scoPartner, stageName);
  }

  private static YearCell cell(
      int cow, int extended, @Nullable StatusSpan span, boolean dialoguePartner, boolean scoPartner, String stage) {
    return new YearCell(
        cow,
        extended,
        span == null ? "none" : Names.snake(span.status()),
        dialoguePartner,
        scoPartner,
        stage,
        span == null ? List.of() : span.sourceIds());
  }

  /** The sources of the last Shanghai Five meeting held in or before the year. */
  private List<String> shanghaiFiveSources(int year) {
    List<String> sources = List.of();
    for (Meeting m : shanghaiFive) {
      if (m.startDate().earliest().getYear() <= year) {
        sources = m.sources();
      }
    }
    return sources;
  }
}
