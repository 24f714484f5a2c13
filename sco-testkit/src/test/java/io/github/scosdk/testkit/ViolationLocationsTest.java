package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.Location;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every violation of the standard rules, on generated datasets with one injected defect, has a typed location
 * that leads to the value at fault: its position in the dataset's list of its kind holds the value with its key,
 * and its attribute path, followed accessor by accessor on the model objects, exists; the pointer is that
 * location's.
 */
class ViolationLocationsTest {

  static final List<String> RULES = RuleIds.STANDARD;
  private static final Validator STANDARD = Validator.standard();

  @ParameterizedTest(name = "{0}")
  @FieldSource("RULES")
  void everyViolationLeadsToTheValueAtFault(String ruleId) throws ReflectiveOperationException {
    DatasetGenerator valid = DatasetGenerator.ofSize(16);
    for (long seed = 0; seed < Properties.tries(15, 40); seed++) {
      SplittableRandom random = new SplittableRandom(seed * 17 + ruleId.hashCode());
      Defect defect = Defects.inject(valid.generate(random), ruleId, random);
      ScoDataset d = defect.dataset();
      ValidationReport report = STANDARD.validate(d);
      assertThat(report.violations()).as("seed %s", seed).isNotEmpty();
      for (Violation v : report.violations()) {
        Location at = v.location().orElseThrow();
        assertThat(at.index()).as("%s", v).isPresent();
        Object value = at.kind().list(d).get(at.index().getAsInt());
        assertThat(at.kind().key(value).toString()).as("%s", v).isEqualTo(v.subject());
        assertThat(v.pointer()).isEqualTo(at.pointer());
        assertThat(follow(value, at.path().steps())).as("%s", v).isNotNull();
      }
    }
  }

  /** Follows the steps from the value: an attribute by its accessor, a position in the list. */
  private static Object follow(Object value, List<Object> steps) throws ReflectiveOperationException {
    Object current = value;
    for (Object step : steps) {
      if (step instanceof Integer) {
        current = ((List<?>) current).get((Integer) step);
      } else {
        Method accessor = publicType(current.getClass()).getMethod((String) step);
        current = accessor.invoke(current);
      }
      if (current instanceof Optional) {
        current = ((Optional<?>) current).orElseThrow();
      }
    }
    return current;
  }

  /** The public model type of a (package-private) generated implementation. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    return t;
  }
}
