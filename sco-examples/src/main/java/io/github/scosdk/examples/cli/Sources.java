package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import java.util.List;

/** The sources behind an answer: title, publisher, date and address. */
final class Sources {

  private Sources() {}

  /** {@code UN-2017: Title. Publisher, 2017-06-09. https://...}; an id the dataset lacks is said to be missing. */
  static String describe(ScoDataset data, String id) {
    return data.source(id).map(s -> id + ": " + describe(s)).orElse(id + ": (not in the dataset)");
  }

  static String describe(Source s) {
    // many sources are known only by their address: their title is the address without its scheme
    boolean titleIsAddress = s.url().map(u -> u.replaceFirst("^https?://", "").equals(s.title())).orElse(false);
    if (titleIsAddress && s.publisher().isEmpty() && s.published().isEmpty()) {
      return s.url().get();
    }
    StringBuilder b = new StringBuilder(s.title());
    s.publisher().ifPresent(p -> b.append(". ").append(p));
    s.published().ifPresent(d -> b.append(", ").append(d));
    s.url().ifPresent(u -> b.append(". ").append(u));
    return b.toString();
  }

  /** Appends a "Sources:" block, or nothing when there are none; returns the builder. */
  static StringBuilder append(StringBuilder out, ScoDataset data, List<String> ids) {
    if (!ids.isEmpty()) {
      out.append("Sources:\n");
      ids.forEach(id -> out.append("  ").append(describe(data, id)).append('\n'));
    }
    return out;
  }
}
