package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Stateful (model-based) testing of SCO histories: random sequences of {@link HistoryOperation}s, applied both to
 * a {@link HistoryModel} and, through {@link ScoHistory}, to a dataset, which is checked against the model after
 * every step.
 *
 * <pre>{@code
 * Properties.forAll(StatefulHistories.scenarios(40)).check(StatefulHistories::replayChecked);
 * }</pre>
 *
 * <p>A scenario is a seed (for the states) and a list of operations; shrinking drops operations, and replay
 * skips any that are no longer enabled, so a shrunk scenario is still a valid history. Stateless.
 */
public final class StatefulHistories {

  private StatefulHistories() {}

  /**
   * A recorded scenario: the seed that picks the states and first holder, and the operations.
   *
   * @param seed the seed of {@link HistoryModel#random}
   * @param operations the operations, in order
   */
  public record Scenario(long seed, List<HistoryOperation> operations) {

    /**
     * Copies the list.
     *
     * @param seed the seed the operations were drawn from
     * @param operations the operations, in order
     */
    public Scenario {
      operations = List.copyOf(operations);
    }
  }

  /**
   * Scenarios of {@code steps} random enabled operations.
   *
   * @param steps the number of operations, at least 0
   * @return the generator of scenarios
   * @throws IllegalArgumentException if {@code steps < 0}
   */
  public static Gen<Scenario> scenarios(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps: " + steps + " is negative");
    }
    return random -> {
      long seed = random.nextLong();
      HistoryModel model = HistoryModel.random(new SplittableRandom(seed));
      List<HistoryOperation> ops = new ArrayList<>();
      for (int i = 0; i < steps; i++) {
        HistoryOperation op = model.nextOperation(random);
        model.apply(op);
        ops.add(op);
      }
      return new Scenario(seed, ops);
    };
  }

  /**
   * Shrinks a scenario by dropping chunks of its operations.
   *
   * @return the shrinker
   */
  public static Shrinker<Scenario> shrinker() {
    return s -> DatasetShrinker.chunksRemoved(s.operations()).map(ops -> new Scenario(s.seed(), ops));
  }

  /**
   * Replays the scenario (skipping operations no longer enabled) and checks the dataset against the model after
   * the start and after every step with {@link #check}.
   *
   * @param scenario the scenario, not null
   * @return how many operations were applied
   * @throws AssertionError at the first step where the dataset disagrees with the model
   */
  public static int replayChecked(Scenario scenario) {
    requireNonNull(scenario, "scenario");
    HistoryModel model = HistoryModel.random(new SplittableRandom(scenario.seed()));
    ScoHistory history = new ScoHistory(model);
    check(model, history.dataset(), Optional.empty());
    int applied = 0;
    for (HistoryOperation op : scenario.operations()) {
      if (!model.enabled(op)) {
        continue;
      }
      model.apply(op);
      history.apply(op);
      applied++;
      check(model, history.dataset(), Optional.of(op));
    }
    return applied;
  }

  /**
   * Checks the dataset against the model on the model's day: no violation of any standard rule (strict mode),
   * every state's formal status and accession stage, the members in rotation order (query and snapshot), the presidency holder, and the
   * predicted next holder.
   *
   * @param after the operation just applied, for the message
   * @param model the model of the history, not null
   * @param dataset the dataset built from the same operations, not null
   * @throws AssertionError naming the step and both answers when they differ
   */
  public static void check(HistoryModel model, ScoDataset dataset, Optional<HistoryOperation> after) {
    LocalDate day = model.today();
    String step = after.map(op -> "after " + op).orElse("at the founding");
    ValidationReport report = Validator.standard().strict().validate(dataset);
    expect(report.isClean(), step, "a clean validation report", report.violations());
    for (State s : model.states()) {
      expect(
          dataset.statusOn(s.code(), day) == model.status(s.code()),
          step,
          s.code() + " to have status " + model.status(s.code()),
          dataset.statusOn(s.code(), day));
    }
    for (State s : model.states()) {
      expect(
          dataset.accessionStageOn(s.code(), day) == model.accessionStage(s.code()),
          step,
          s.code() + " to be at accession stage " + model.accessionStage(s.code()),
          dataset.accessionStageOn(s.code(), day));
    }
    expect(dataset.membersOn(day).equals(model.members()), step, "members " + model.members(),
        dataset.membersOn(day));
    ScoSnapshot snapshot = dataset.asOf(day);
    expect(snapshot.members().equals(model.members()), step, "snapshot members " + model.members(),
        snapshot.members());
    Optional<StateCode> holder = dataset.presidencyOn(day).map(Presidency::holder);
    expect(holder.filter(model.holder()::equals).isPresent(), step, "presidency holder " + model.holder(), holder);
    HolderPrediction prediction = dataset.predictNextHolder(day);
    expect(
        prediction.predicted().filter(model.expectedNextHolder()::equals).isPresent(),
        step,
        "predicted next holder " + model.expectedNextHolder(),
        prediction.predicted() + " " + prediction.reasoning());
  }

  private static void expect(boolean ok, String step, String expected, Object actual) {
    if (!ok) {
      throw new AssertionError(step + ": expected " + expected + " but the dataset says " + actual);
    }
  }
}
