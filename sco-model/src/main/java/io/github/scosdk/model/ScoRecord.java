package io.github.scosdk.model;

import java.util.List;

/**
 * A record of a {@link ScoDataset} that has a stable id and cites its sources.
 *
 * <p>Ids are unique within a dataset across all record kinds; {@link #sources()} lists ids of {@link Source}
 * records of the same dataset (checked by the {@code reference.resolves} rule, not by the builder).
 */
public interface ScoRecord {
  /** {@return the stable id, such as {@code chs-2025-tianjin}} */
  String id();

  /** {@return ids of the sources of this record, in citation order; without duplicates} */
  List<String> sources();

  /**
   * The setters that the builder of every record kind with a confidence and a note has (every {@link RecordKind}
   * record but {@link RotationException}): one shape for the readers that fill any of them.
   *
   * @param <T> the record type built
   * @param <B> the builder's own type, which the setters return
   */
  interface Builder<T extends ScoRecord, B extends Builder<T, B>> {
    /**
     * {@return this builder, with the record's id set}
     *
     * @param id the stable id
     */
    B id(String id);

    /**
     * {@return this builder, with how far the record can be trusted set}
     *
     * @param confidence the confidence
     */
    B confidence(Confidence confidence);

    /**
     * {@return this builder, with the note set}
     *
     * @param note what the sources say beyond the bare facts
     */
    B note(String note);

    /**
     * {@return this builder, with a source id added after those given}
     *
     * @param source the id of a source record
     */
    B addSource(String source);

    /** {@return the record, checked} */
    T build();
  }
}
