package io.github.scosdk.testkit;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies the seeds of {@link RandomSeeds}; used by JUnit through the annotation, not directly. */
public final class RandomSeedsProvider implements ArgumentsProvider, AnnotationConsumer<RandomSeeds> {

  private int tries = Properties.DEFAULT_TRIES;
  private Optional<Long> base = Optional.empty();

  /** Creates a provider; JUnit configures it from the annotation. */
  public RandomSeedsProvider() {}

  @Override
  public void accept(RandomSeeds annotation) {
    tries = annotation.tries() > 0 ? annotation.tries() : Properties.DEFAULT_TRIES;
    base = annotation.base() == Long.MIN_VALUE ? Optional.empty() : Optional.of(annotation.base());
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    return Properties.seeds(Properties.baseSeed(base), Properties.tries(tries)).map(Arguments::of);
  }
}
