package io.github.scosdk.model.rules;

import io.github.scosdk.model.MembershipStatus;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain-words names for messages. */
final class Names {
  private Names() {}

  static String of(MembershipStatus status) {
    return status == MembershipStatus.NONE ? "no status" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String list(List<MembershipStatus> statuses) {
    return statuses.isEmpty() ? "nothing" : statuses.stream().map(Names::of).collect(Collectors.joining(", "));
  }
}
