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
}
