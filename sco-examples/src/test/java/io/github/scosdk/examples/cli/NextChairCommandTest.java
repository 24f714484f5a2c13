package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextChairCommandTest {

  @Test
  void predictsTheNextMemberInRussianAlphabeticalOrderWithReasoning() {
    Cli.Result r = Cli.run("next-chair", "--after", "2025-10-01");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(
        "Next SCO presidency after 2025-10-01:",
        "Current:   Kyrgyzstan (KG), term [2025-09-01, ongoing)",
        "Predicted: Pakistan (PK)",
        "Rotation order: Belarus (BY), India (IN), Iran (IR), Kazakhstan (KZ), China (CN), Kyrgyzstan (KG),"
            + " Pakistan (PK), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ)",
        "Reasoning:\n  - ");
  }

  @Test
  void defaultsToTodayFromTheClock() {
    assertThat(Cli.run("next-chair").out()).contains("after 2025-10-01", "Predicted: Pakistan (PK)");
  }

  @Test
  void aBadDateExits2() {
    Cli.Result r = Cli.run("next-chair", "--after", "2025-02-30");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("'2025-02-30' is not a date");
  }

  @Test
  void onIsTheOptionAndAfterItsAlias() {
    Cli.Result on = Cli.run("next-chair", "--on", "2025-10-01");
    assertThat(on.exitCode()).as(on.toString()).isZero();
    assertThat(on.out()).isEqualTo(Cli.run("next-chair", "--after", "2025-10-01").out());
    assertThat(Cli.run("next-chair", "--help").out()).contains("--on=DATE", "--after=DATE");
  }
}
