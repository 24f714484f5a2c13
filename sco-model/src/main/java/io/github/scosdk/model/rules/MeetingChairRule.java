package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code meeting.chair}: a regular meeting of a body that the presidency chairs (Council of Heads of State,
 * Council of Ministers of Foreign Affairs, Council of National Coordinators) is chaired by the presidency holder;
 * a regular meeting of the Council of Heads of Government by the holder of the CHG chairmanship
 * ({@link io.github.scosdk.model.Body#chairedBy()}). The meeting that closes a term is chaired by that term's
 * holder (the handover happens at its close); any other meeting by the holder on its first day. Meetings with no
 * recorded chair, planned meetings, and meetings outside any recorded term of the chairing body are not checked.
 */
final class MeetingChairRule implements Rule {

  @Override
  public String id() {
    return RuleIds.MEETING_CHAIR;
  }

  @Override
  public String description() {
    return "A regular CHS, CMFA or CNC meeting is chaired by the presidency holder on its date; a CHG meeting by"
        + " the CHG chairmanship holder.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    Map<Body, Map<String, Presidency>> closedBy = new EnumMap<>(Body.class);
    for (Presidency p : data.presidencies()) {
      p.closedAt().ifPresent(m -> closedBy.computeIfAbsent(p.body(), k -> new HashMap<>()).putIfAbsent(m, p));
    }
    for (Meeting m : data.meetings()) {
      Optional<Body> chairing = m.body().chairedBy();
      if (chairing.isEmpty()
          || m.kind() != MeetingKind.REGULAR
          || m.planned()
          || m.chair().isEmpty()) {
        continue;
      }
      Optional<Presidency> term =
          Optional.ofNullable(closedBy.getOrDefault(chairing.get(), Map.of()).get(m.id()));
      if (term.isEmpty()) {
        term = data.presidencyOn(chairing.get(), m.startDate().earliest());
      }
      if (term.isEmpty()) {
        continue;
      }
      StateCode chair = m.chair().get();
      if (!chair.equals(term.get().holder())) {
        sink.error(
            Location.of(m).at("chair"),
            String.format(
                "%s meeting %s on %s is chaired by %s, but %s holds the %s then (term %s)",
                m.body().abbreviation(), m.id(), m.startDate(), chair, term.get().holder(),
                Names.office(chairing.get()), term.get().id()));
      }
    }
  }
}
