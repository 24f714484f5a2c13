package io.github.scosdk.json;

import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.StateCode;

/**
 * Participants as read: the delegations that are only a state, a level and flags (by far the most common) are one
 * shared instance per combination, as {@link JsonType} shares state codes, so that reading a long list of meetings
 * builds each such participant once. Values are immutable, so sharing is invisible ({@code SharedParticipantsTest}
 * checks that a shared participant equals the one the builder makes); a racy fill is harmless (final fields, equal
 * values).
 */
final class SharedParticipants {

  private static final int LEVELS = DelegationLevel.values().length + 1;
  private static final Participant[] SHARED = new Participant[26 * 26 * LEVELS * 4];

  private SharedParticipants() {}

  /** The participant with these fields (null when absent), shared when it has no organisation and no head. */
  static Participant participant(
      StateCode state, String organisation, String head, DelegationLevel level, boolean guest, boolean remote) {
    if (state == null || organisation != null || head != null) {
      return build(state, organisation, head, level, guest, remote);
    }
    String code = state.code();
    int slot = ((code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A') * LEVELS + (level == null ? 0 : level.ordinal() + 1);
    slot = slot * 4 + (guest ? 2 : 0) + (remote ? 1 : 0);
    Participant shared = SHARED[slot];
    if (shared == null) {
      shared = build(state, null, null, level, guest, remote);
      SHARED[slot] = shared;
    }
    return shared;
  }

  /** The participant the model's builder makes of these fields (null when absent). */
  static Participant build(
      StateCode state, String organisation, String head, DelegationLevel level, boolean guest, boolean remote) {
    // no Optional.ofNullable: a participant with a head of delegation is built per read (8 KB per reference read)
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
    return b.build();
  }
}
