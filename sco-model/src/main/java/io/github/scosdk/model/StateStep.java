package io.github.scosdk.model;

import java.util.List;
import java.util.Optional;

/**
 * A dated step of one state on one of its tracks toward the SCO: a {@link StatusChange} (its formal status) or an
 * {@link AccessionStep} (its accession). Both record the state, the day, the meeting that decided the step and the
 * documents that record it; they differ in what the state reaches (a status, a stage).
 */
public interface StateStep extends ScoRecord {
  /** {@return the state that takes the step} */
  StateCode state();

  /** {@return the day the step takes effect} */
  PartialDate date();

  /** {@return the id of the meeting that decided it or at which it was taken, if any} */
  Optional<String> decidedAt();

  /** {@return ids of documents that record it} */
  List<String> documents();

  /**
   * The setters of the attributes every step has, on the builder of each kind of step.
   *
   * @param <T> the step type built
   * @param <B> the builder's own type, which the setters return
   */
  interface Builder<T extends StateStep, B extends Builder<T, B>> extends ScoRecord.Builder<T, B> {
    /**
     * {@return this builder, with the state set}
     *
     * @param state the state that takes the step
     */
    B state(StateCode state);

    /**
     * {@return this builder, with the day set}
     *
     * @param date the day the step takes effect
     */
    B date(PartialDate date);

    /**
     * {@return this builder, with the deciding meeting set}
     *
     * @param decidedAt the id of the meeting
     */
    B decidedAt(String decidedAt);

    /**
     * {@return this builder, with a document id added after those given}
     *
     * @param document the id of a document that records the step
     */
    B addDocument(String document);
  }
}
