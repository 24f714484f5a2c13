package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChairCommandTest {

  @Test
  void onTheDayOfTheClosingSessionTheNextStateAlreadyChairs() {
    Cli.Result r = Cli.run("chair", "--on", "2019-06-14");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("On 2019-06-14 the SCO presidency is held by Russia (RU).",
        "Term:     [2019-06-14, 2020-11-10) (pres-2019-ru)",
        "Opened:   at the close of Bishkek 2019-06-13..2019-06-14 (chs-2019-bishkek)",
        "Closes:   at the close of video 2020-11-10 (chs-2020-video)");
  }

  @Test
  void theDayBeforeTheClosingSessionThePreviousHolderChairs() {
    Cli.Result r = Cli.run("chair", "--on", "2019-06-13");
    assertThat(r.out()).contains("held by Kyrgyzstan (KG)");
  }

  @Test
  void showsSloganAndSources() {
    Cli.Result r = Cli.run("chair", "--on", "2025-01-01");
    assertThat(r.out()).contains("China (CN)", "Slogan:   Carrying forward the Shanghai Spirit: SCO in Action",
        "Sources:", "nca-2025: SCO summit concludes in China", "https://www.newscentralasia.net/");
  }

  @Test
  void withoutADateItAnswersForTodayFromTheClock() {
    assertThat(Cli.run("chair").out()).contains("On 2025-10-01", "Kyrgyzstan (KG)", "[2025-09-01, ongoing)");
  }

  @Test
  void aDayNoTermCoversIsSaidPlainly() {
    Cli.Result r = Cli.run("chair", "--on", "2010-01-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("No presidency term covers 2010-01-01 in this dataset.\n");
  }

  @Test
  void aBadDateExits2() {
    Cli.Result r = Cli.run("chair", "--on", "yesterday");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco chair: ").contains("'yesterday' is not a date");
  }
}
