package io.github.scosdk.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, as {@link Clock#systemDefaultZone()}, except that the zone is looked
 * up when first asked for: {@link ZoneId#systemDefault()} reads the JDK's time-zone database, a cost a cold run
 * that answers about a given day ({@code --on DATE}) need not pay. Thread-safe.
 */
final class DefaultZoneClock extends Clock {

  private volatile ZoneId zone;

  @Override
  public ZoneId getZone() {
    ZoneId z = zone;
    if (z == null) {
      z = ZoneId.systemDefault();
      zone = z;
    }
    return z;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
