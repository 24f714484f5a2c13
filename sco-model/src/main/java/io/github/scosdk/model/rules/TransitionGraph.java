package io.github.scosdk.model.rules;

import static io.github.scosdk.model.MembershipStatus.ACCEDING;
import static io.github.scosdk.model.MembershipStatus.ACCESSION_STARTED;
import static io.github.scosdk.model.MembershipStatus.DIALOGUE_PARTNER;
import static io.github.scosdk.model.MembershipStatus.MEMBER;
import static io.github.scosdk.model.MembershipStatus.NONE;
import static io.github.scosdk.model.MembershipStatus.OBSERVER;
import static io.github.scosdk.model.MembershipStatus.PARTNER;
import static io.github.scosdk.model.MembershipStatus.SUSPENDED;
import static io.github.scosdk.model.MembershipStatus.WITHDRAWN;
import static io.github.scosdk.model.rules.StatusEras.FOUNDING;
import static io.github.scosdk.model.rules.StatusEras.PARTNER_MERGER;

import io.github.scosdk.model.MembershipStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The membership transition graph as dated data: each edge is allowed on the days of its half-open validity span
 * (Charter Art. 13 and 14; Regulations on Observer Status 2004 and Dialogue Partner Status 2008; Admission of New
 * Members 2010/2014; Tianjin Declaration 2025).
 *
 * <p>Before 2025-09-01: none → dialogue partner, observer, accession started; founders none → member on the
 * founding day only; dialogue partner → observer, accession started; observer → accession started; a partner
 * status may be renounced or lost (→ none). From 2025-09-01: observer and dialogue partner → partner (the
 * merger), none → partner, partner → accession started or none. At all times: accession started → acceding →
 * member; member → suspended or withdrawn; suspended → member or withdrawn; none → accession started (the
 * Charter leaves accession open to any state).
 *
 * <p>The accession now runs on its own track ({@link io.github.scosdk.model.AccessionStep}): a dialogue partner or
 * observer (before 2025-09-01) or a partner (from then) is admitted directly, → member, and its accession ends with
 * it. The edges through the deprecated statuses accession started and acceding are kept so that documents that use
 * them still validate as before.
 */
@SuppressWarnings("deprecation")
public final class TransitionGraph {

  /** One allowed transition and the days it is allowed on, {@code [from, until)}; {@code until} may be null. */
  public record Edge(MembershipStatus source, MembershipStatus target, LocalDate validFrom, LocalDate validUntil) {

    /**
     * {@return whether the edge is allowed on the day}
     *
     * @param day the day of the status change; not null
     */
    public boolean allowsOn(LocalDate day) {
      return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }
  }

  private static final List<Edge> EDGES = new ArrayList<>();

  static {
    LocalDate dayAfterFounding = FOUNDING.plusDays(1);
    edge(NONE, MEMBER, FOUNDING, dayAfterFounding);
    edge(NONE, DIALOGUE_PARTNER, FOUNDING, PARTNER_MERGER);
    edge(NONE, OBSERVER, FOUNDING, PARTNER_MERGER);
    edge(NONE, ACCESSION_STARTED, FOUNDING, null);
    edge(DIALOGUE_PARTNER, OBSERVER, FOUNDING, PARTNER_MERGER);
    edge(DIALOGUE_PARTNER, ACCESSION_STARTED, FOUNDING, PARTNER_MERGER);
    edge(OBSERVER, ACCESSION_STARTED, FOUNDING, PARTNER_MERGER);
    edge(DIALOGUE_PARTNER, NONE, FOUNDING, PARTNER_MERGER);
    edge(OBSERVER, NONE, FOUNDING, PARTNER_MERGER);
    edge(ACCESSION_STARTED, ACCEDING, FOUNDING, null);
    edge(ACCEDING, MEMBER, FOUNDING, null);
    // admission on the separate accession track ends the partner status (and the accession) at once
    edge(DIALOGUE_PARTNER, MEMBER, FOUNDING, PARTNER_MERGER);
    edge(OBSERVER, MEMBER, FOUNDING, PARTNER_MERGER);
    edge(PARTNER, MEMBER, PARTNER_MERGER, null);
    edge(MEMBER, SUSPENDED, FOUNDING, null);
    edge(MEMBER, WITHDRAWN, FOUNDING, null);
    edge(SUSPENDED, MEMBER, FOUNDING, null);
    edge(SUSPENDED, WITHDRAWN, FOUNDING, null);
    edge(OBSERVER, PARTNER, PARTNER_MERGER, null);
    edge(DIALOGUE_PARTNER, PARTNER, PARTNER_MERGER, null);
    edge(NONE, PARTNER, PARTNER_MERGER, null);
    edge(PARTNER, ACCESSION_STARTED, PARTNER_MERGER, null);
    edge(PARTNER, NONE, PARTNER_MERGER, null);
  }

  private static void edge(MembershipStatus s, MembershipStatus t, LocalDate from, LocalDate until) {
    EDGES.add(new Edge(s, t, from, until));
  }

  private TransitionGraph() {}

  /** {@return every edge of the graph} */
  public static List<Edge> edges() {
    return List.copyOf(EDGES);
  }

  /**
   * {@return whether moving from one status to another is allowed on the day}
   *
   * @param from the status before the change ({@code NONE} for a first status); not null
   * @param to the status after the change; not null
   * @param day the day of the change; not null
   */
  public static boolean allows(MembershipStatus from, MembershipStatus to, LocalDate day) {
    for (Edge e : EDGES) {
      if (e.source() == from && e.target() == to && e.allowsOn(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the statuses reachable from the status on the day}
   *
   * @param from the status before a change; not null
   * @param day the day of the change; not null
   */
  public static List<MembershipStatus> targets(MembershipStatus from, LocalDate day) {
    return EDGES.stream()
        .filter(e -> e.source() == from && e.allowsOn(day))
        .map(Edge::target)
        .distinct()
        .collect(Collectors.toUnmodifiableList());
  }
}
