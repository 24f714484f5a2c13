package io.github.scosdk.examples.cli;

import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.Locale;

/** How the command names states and statuses for people (text) and for programs (JSON and CSV). */
final class Labels {

  private Labels() {}

  /** {@code member}, {@code dialogue partner}, {@code SCO partner}: for text output. */
  static String status(MembershipStatus status) {
    return status == MembershipStatus.PARTNER ? "SCO partner" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code dialogue_partner}: the {@code sco-dataset/1} spelling, for JSON and CSV output. */
  static String statusId(MembershipStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** {@code extraordinary}, {@code SCO plus}: a meeting kind for text output. */
  static String kind(MeetingKind kind) {
    return kind == MeetingKind.SCO_PLUS ? "SCO Plus" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The English name, or the code where the dataset does not name the state. */
  static String name(ScoDataset data, StateCode code) {
    return data.state(code).map(State::nameEn).orElse(code.code());
  }

  /** {@code Kazakhstan (KZ)}. */
  static String state(ScoDataset data, StateCode code) {
    return data.state(code).map(s -> s.nameEn() + " (" + code + ")").orElse(code.code());
  }
}
