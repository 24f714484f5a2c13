package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.StateCode;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link Participant}: {@code state} or {@code organisation}, then optional head, level, guest and remote flags. */
final class ParticipantCodec implements Codec<Participant> {

  static final ParticipantCodec INSTANCE = new ParticipantCodec();

  private static final String[] NAMES = {"state", "organisation", "headOfDelegation", "level", "guest", "remote"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "participant";
  private static final SerializableString STATE = WriteSupport.name("state");
  private static final SerializableString ORGANISATION = WriteSupport.name("organisation");
  private static final SerializableString HEAD = WriteSupport.name("headOfDelegation");
  private static final SerializableString LEVEL = WriteSupport.name("level");
  private static final SerializableString GUEST = WriteSupport.name("guest");
  private static final SerializableString REMOTE = WriteSupport.name("remote");

  private static final int LEVELS = DelegationLevel.values().length;

  private ParticipantCodec() {}

  @Override
  public Class<Participant> type() {
    return Participant.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * The delegations that are only a state, a level and flags (by far the most common), one shared instance per
   * combination, as {@link ReadSupport} shares state codes: reading a long list of meetings then builds each such
   * participant once. Values are immutable, so sharing is invisible; a racy fill is harmless (final fields, equal
   * values).
   */
  private static final Participant[] SHARED = new Participant[26 * 26 * (LEVELS + 1) * 4];

  @Override
  public Participant read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    StateCode state = null;
    String organisation = null;
    String head = null;
    DelegationLevel level = null;
    boolean guest = false;
    boolean remote = false;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // state
          seen = once(p, seen, 1, KIND, NAMES[match]);
          state = ReadSupport.stateCode(p, NAMES[match]);
          break;
        case 1: // organisation
          seen = once(p, seen, 2, KIND, NAMES[match]);
          organisation = ReadSupport.string(p, NAMES[match]);
          break;
        case 2: // headOfDelegation
          seen = once(p, seen, 4, KIND, NAMES[match]);
          head = ReadSupport.string(p, NAMES[match]);
          break;
        case 3: // level
          seen = once(p, seen, 8, KIND, NAMES[match]);
          level = ReadSupport.enumValue(p, NAMES[match], ModelEnums.DELEGATION_LEVEL);
          break;
        case 4: // guest
          seen = once(p, seen, 16, KIND, NAMES[match]);
          guest = ReadSupport.bool(p, NAMES[match]);
          break;
        case 5: // remote
          seen = once(p, seen, 32, KIND, NAMES[match]);
          remote = ReadSupport.bool(p, NAMES[match]);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    int slot = -1;
    if (state != null && organisation == null && head == null) {
      String code = state.code();
      int stateSlot = (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
      slot = ((stateSlot * (LEVELS + 1) + (level == null ? 0 : level.ordinal() + 1)) * 2 + (guest ? 1 : 0)) * 2
          + (remote ? 1 : 0);
      Participant shared = SHARED[slot];
      if (shared != null) {
        return shared;
      }
    }
    Participant participant;
    try {
      Participant.Builder b = Participant.builder().guest(guest).remote(remote);
      if (state != null) {
        b.state(state);
      }
      if (organisation != null) {
        b.organisation(organisation);
      }
      if (head != null) {
        b.headOfDelegation(head);
      }
      if (level != null) {
        b.level(level);
      }
      participant = b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
    if (slot >= 0) {
      SHARED[slot] = participant;
    }
    return participant;
  }

  @Override
  public void write(JsonGenerator g, Participant v) {
    g.writeStartObject();
    WriteSupport.state(g, STATE, v.state());
    WriteSupport.string(g, ORGANISATION, v.organisation());
    WriteSupport.string(g, HEAD, v.headOfDelegation());
    if (v.level().isPresent()) {
      WriteSupport.enumValue(g, LEVEL, ModelEnums.DELEGATION_LEVEL, v.level().get());
    }
    WriteSupport.flag(g, GUEST, v.guest());
    WriteSupport.flag(g, REMOTE, v.remote());
    g.writeEndObject();
  }
}
