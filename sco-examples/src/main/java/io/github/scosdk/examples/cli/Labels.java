package io.github.scosdk.examples.cli;

import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/** How the command names states, statuses and other enum values for people (text) and for programs (JSON, CSV). */
final class Labels {

  private Labels() {}

  /** {@code member}, {@code dialogue partner}, {@code SCO partner}: for text output. */
  static String status(MembershipStatus status) {
    return status == MembershipStatus.PARTNER ? "SCO partner" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code memorandum signed}: an accession stage for text output. */
  static String stage(io.github.scosdk.model.AccessionStage stage) {
    return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code dialogue_partner}, {@code high}, {@code ongoing}: the {@code sco-dataset/1} spelling of an enum value. */
  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** {@code extraordinary}, {@code SCO plus}: a meeting kind for text output. */
  static String kind(MeetingKind kind) {
    return kind == MeetingKind.SCO_PLUS ? "SCO Plus" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The English name, or the code where the dataset does not name the state. */
  static String name(ScoDataset data, StateCode code) {
    return data.state(code).map(State::nameEn).orElse(code.code());
  }

  /** The state as a JSON object: {@code {"code": "KZ", "name": "Kazakhstan"}}. */
  static void json(JsonGenerator g, ScoDataset data, StateCode code) {
    g.writeStartObject();
    Json.member(g, "code", code.code());
    Json.member(g, "name", name(data, code));
    g.writeEndObject();
  }

  /** {@code Kazakhstan (KZ)}. */
  static String state(ScoDataset data, StateCode code) {
    return data.state(code).map(s -> s.nameEn() + " (" + code + ")").orElse(code.code());
  }
}
