package io.github.scosdk.examples;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Example: who were the members and partners of the SCO on a given day, and who chaired?
 *
 * <p>{@link ScoDataset#asOf(LocalDate)} gives one consistent snapshot for the day: the members in rotation
 * order, the partners grouped by status, the presidency and the Secretary-General. 2017-06-09 is the day India
 * and Pakistan became members at the Astana summit.
 */
public final class MembersOnADate {

  private MembersOnADate() {}

  /**
   * Prints the SCO on 2017-06-09, or on the day given as the first argument (yyyy-MM-dd).
   *
   * @param args not used
   */
  public static void main(String[] args) {
    LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2017, 6, 9);
    print(ScoReference.dataset(), day, System.out);
  }

  static void print(ScoDataset data, LocalDate day, PrintStream out) {
    ScoSnapshot sco = data.asOf(day);
    out.println("The SCO on " + sco.date());
    out.println("  members (" + sco.members().size() + "): " + names(data, sco.members()));
    for (Map.Entry<MembershipStatus, List<StateCode>> partners : sco.nonMembersByStatus().entrySet()) {
      out.println("  " + partners.getKey().name().toLowerCase() + " (" + partners.getValue().size() + "): "
          + names(data, partners.getValue()));
    }
    sco.presidency().ifPresent(p -> out.println("  presidency: " + name(data, p.holder()) + " " + p.term()));
    sco.secretaryGeneral().ifPresent(sg -> out.println("  Secretary-General: " + sg.name()));
  }

  private static String names(ScoDataset data, List<StateCode> states) {
    return states.stream().map(s -> name(data, s)).collect(Collectors.joining(", "));
  }

  private static String name(ScoDataset data, StateCode code) {
    return data.state(code).map(State::nameEn).orElse(code.code());
  }
}
