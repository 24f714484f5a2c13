package io.github.scosdk.model.rules;

/**
 * A cross-record rule over a dataset. A rule never throws on bad data: it reports each violation it finds to the
 * sink, with its own {@link #id()}.
 *
 * <p>Implement it to add your own rules and run them with {@link Validator.Builder#addRule(Rule)}. Rules should
 * be stateless and thread-safe; shared per-run indexes are on the {@link RuleContext}.
 */
public interface Rule {

  /** {@return the stable id, such as {@code presidency.rotation-order}; lower case, dotted} */
  String id();

  /** {@return one sentence saying what the rule checks} */
  String description();

  /**
   * Checks the dataset of the context and reports every violation.
   *
   * @param context the dataset and the settings of this run
   * @param sink where to report
   */
  void check(RuleContext context, ViolationSink sink);
}
