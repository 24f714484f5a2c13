package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
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

  /** "presidency" for the Council of Heads of State, else "CHG chairmanship" and the like. */
  static String office(Body body) {
    return body == Body.COUNCIL_OF_HEADS_OF_STATE ? "presidency" : body.abbreviation() + " chairmanship";
  }

  /** The body's name in words, such as "Council of Heads of State". */
  static String of(Body body) {
    switch (body) {
      case COUNCIL_OF_HEADS_OF_STATE:
        return "Council of Heads of State";
      case COUNCIL_OF_HEADS_OF_GOVERNMENT:
        return "Council of Heads of Government";
      case COUNCIL_OF_FOREIGN_MINISTERS:
        return "Council of Ministers of Foreign Affairs";
      case COUNCIL_OF_NATIONAL_COORDINATORS:
        return "Council of National Coordinators";
      default:
        return body.abbreviation();
    }
  }

  static String list(List<MembershipStatus> statuses) {
    return statuses.isEmpty() ? "nothing" : statuses.stream().map(Names::of).collect(Collectors.joining(", "));
  }
}
