package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A delegation at a {@link Meeting}: either a state or an organisation (the Secretariat, the RATS Executive
 * Committee, the UN), with the head of delegation and its level where known.
 *
 * <p>Exactly one of {@link #state()} and {@link #organisation()} is present. A state that takes part without
 * any SCO status (Turkmenistan as "guest of the presidency") is marked {@link #guest()}; the
 * {@code meeting.participants-eligible} rule accepts it then. Build with {@link #builder()} or the factories;
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant implements WithParticipant {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Participant() {}

  /** {@return the participating state} */
  public abstract Optional<StateCode> state();

  /** {@return the participating organisation or SCO body, such as {@code SCO Secretariat}} */
  public abstract Optional<String> organisation();

  /** {@return who led the delegation} */
  public abstract Optional<String> headOfDelegation();

  /** {@return the level of the head of delegation} */
  public abstract Optional<DelegationLevel> level();

  /** {@return whether the participant attended as a declared guest rather than by status} */
  @Value.Default
  public boolean guest() {
    return false;
  }

  /** {@return whether the participant took part remotely} */
  @Value.Default
  public boolean remote() {
    return false;
  }

  /**
   * Rejects a malformed value as it is built (called by the generated builder): neither or both of state and
   * organisation, a blank organisation or head of delegation.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    if (state().isPresent() == organisation().isPresent()) {
      checkArgument(
          false,
          "state/organisation: exactly one must be present, was state=%s organisation=%s",
          state().orElse(null),
          organisation().orElse(null));
    }
    Checks.nonBlankIfPresent("organisation", organisation());
    Checks.nonBlankIfPresent("headOfDelegation", headOfDelegation());
  }

  /**
   * {@return a state's delegation with nothing else known}
   *
   * @param state the state the delegation represents; not null
   */
  public static Participant ofState(StateCode state) {
    return builder().state(state).build();
  }

  /**
   * {@return an organisation's delegation with nothing else known}
   *
   * @param organisation the organisation's name, such as {@code RATS Executive Committee}; not blank
   */
  public static Participant ofOrganisation(String organisation) {
    return builder().organisation(organisation).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableParticipant.Builder {
    /** A new, empty builder; prefer {@link Participant#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(state(), organisation(), headOfDelegation(), level(), guest(), remote());
  }
}
