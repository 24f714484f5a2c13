package io.github.scosdk.examples;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: validate a dataset and print the violations.
 *
 * <p>Values are always well-formed, but a dataset may still break the SCO's rules across records: a presidency
 * held by a non-member, a summit hosted by the wrong state, a status change the transition graph forbids. The
 * {@link Validator} never throws; it returns a {@link ValidationReport} with every violation, each with a
 * rule id, a severity, the subject and the JSON Pointer of the record. Here the reference dataset is checked
 * (it has no error), then a copy in which the last completed presidency term is given to the previous holder.
 */
public final class ValidateADataset {

  private ValidateADataset() {}

  /**
   * Validates the reference dataset and a broken copy of it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(ScoReference.dataset(), System.out);
  }

  static void print(ScoDataset data, PrintStream out) {
    Validator validator = Validator.standard();
    report("as published", validator.validate(data), out);
    report("with a presidency given to the previous holder", validator.validate(withWrongHolder(data)), out);
  }

  /** A copy of the dataset in which the last completed term's holder is the previous term's holder. */
  static ScoDataset withWrongHolder(ScoDataset data) {
    List<Presidency> timeline = data.presidencyTimeline();
    Presidency previous = timeline.get(timeline.size() - 3);
    Presidency changed = timeline.get(timeline.size() - 2);
    List<Presidency> terms = new ArrayList<>(data.presidencies());
    terms.set(terms.indexOf(changed), Presidency.builder().from(changed).holder(previous.holder()).build());
    return ScoDataset.builder().from(data).presidencies(terms).build();
  }

  private static void report(String what, ValidationReport report, PrintStream out) {
    out.println("The dataset " + what + ": " + report.errors().size() + " errors, " + report.warnings().size()
        + " warnings, " + report.rulesRun().size() + " rules run");
    for (Violation v : report.violations()) {
      out.println("  " + v);
    }
  }
}
