package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;

/**
 * A dataset with exactly one injected rule violation: the dataset, the id of the one rule it breaks (one of
 * {@code io.github.scosdk.model.rules.RuleIds.STANDARD}) and what was changed, in plain words.
 *
 * <p>Made by {@link Defects}. The standard validator reports the dataset with violations of {@link #ruleId()}
 * only (possibly more than one violation of that rule, as when a changed presidency holder also changes who is
 * expected next). Immutable and thread-safe.
 *
 * @param dataset the defective dataset, not null
 * @param ruleId the id of the only rule it breaks, not null
 * @param description what was changed, not null
 */
public record Defect(ScoDataset dataset, String ruleId, String description) {

  /**
   * Checks that no component is null.
   *
   * @param dataset the dataset with the defect injected
   * @param ruleId the id of the rule the defect breaks
   * @param description what was changed, in plain words
   */
  public Defect {
    requireNonNull(dataset, "dataset");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return "Defect[" + ruleId + ": " + description + "]";
  }
}
