package io.github.scosdk.examples.cli;

import java.lang.reflect.Constructor;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes the command objects for picocli: a command with a {@code (Clock, DatasetSource)} constructor is given the
 * clock that says what "today" is and the source of its dataset; everything else (mixins, converters, the version
 * provider) comes from picocli's default factory.
 */
final class CommandFactory implements IFactory {

  private final Clock clock;
  private final DatasetSource datasets;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Clock clock, DatasetSource datasets) {
    this.clock = clock;
    this.datasets = datasets;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> injected;
    try {
      injected = type.getDeclaredConstructor(Clock.class, DatasetSource.class);
    } catch (NoSuchMethodException e) {
      return fallback.create(type);
    }
    return injected.newInstance(clock, datasets);
  }
}
