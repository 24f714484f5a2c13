package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link DefaultZoneClock} tells the time and zone {@link Clock#systemDefaultZone()} tells. */
class DefaultZoneClockTest {

  @Test
  void itsZoneIsTheDefaultAndItsInstantNow() {
    Clock clock = new DefaultZoneClock();
    Instant before = Instant.now();
    Instant instant = clock.instant();
    long millis = clock.millis();
    Instant after = Instant.now();
    assertThat(instant).isBetween(before, after);
    assertThat(Instant.ofEpochMilli(millis)).isBetween(before.minusMillis(1), after.plusMillis(1));
    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault()).isEqualTo(Clock.systemDefaultZone().getZone());
    assertThat(clock.withZone(ZoneOffset.ofHours(5)).getZone()).isEqualTo(ZoneOffset.ofHours(5));
    assertThat(Duration.between(clock.withZone(ZoneOffset.UTC).instant(), Instant.now())).isLessThan(Duration.ofSeconds(5));
  }
}
