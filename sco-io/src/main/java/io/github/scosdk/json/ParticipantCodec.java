package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableParticipant;
import io.github.scosdk.model.Participant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link Participant}: {@code state} or {@code organisation}, then optional head, level, guest and remote flags. */
final class ParticipantCodec implements Codec<Participant> {

  static final ParticipantCodec INSTANCE = new ParticipantCodec();

  private static final String KIND = "participant";
  private static final SerializableString STATE = WriteSupport.name("state");
  private static final SerializableString ORGANISATION = WriteSupport.name("organisation");
  private static final SerializableString HEAD = WriteSupport.name("headOfDelegation");
  private static final SerializableString LEVEL = WriteSupport.name("level");
  private static final SerializableString GUEST = WriteSupport.name("guest");
  private static final SerializableString REMOTE = WriteSupport.name("remote");

  private ParticipantCodec() {}

  @Override
  public Class<Participant> type() {
    return Participant.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Participant read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutableParticipant.Builder b = Participant.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "state":
          seen = once(p, seen, 1, KIND, name);
          b.state(ReadSupport.stateCode(p, name));
          break;
        case "organisation":
          seen = once(p, seen, 2, KIND, name);
          b.organisation(ReadSupport.string(p, name));
          break;
        case "headOfDelegation":
          seen = once(p, seen, 4, KIND, name);
          b.headOfDelegation(ReadSupport.string(p, name));
          break;
        case "level":
          seen = once(p, seen, 8, KIND, name);
          b.level(ReadSupport.enumValue(p, name, ModelEnums.DELEGATION_LEVEL));
          break;
        case "guest":
          seen = once(p, seen, 16, KIND, name);
          b.guest(ReadSupport.bool(p, name));
          break;
        case "remote":
          seen = once(p, seen, 32, KIND, name);
          b.remote(ReadSupport.bool(p, name));
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
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
