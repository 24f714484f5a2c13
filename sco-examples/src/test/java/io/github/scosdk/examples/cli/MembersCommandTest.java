package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembersCommandTest {

  @Test
  void listsMembersInRotationOrderAndPartnersByStatus() {
    Cli.Result r = Cli.run("members", "--on", "2017-06-09");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("SCO members and partners on 2017-06-09");
    String members = line(r.out(), "member ");
    assertThat(members).contains("  8  ").contains(
        "India (IN), Kazakhstan (KZ), China (CN), Kyrgyzstan (KG), Pakistan (PK), Russia (RU), Tajikistan (TJ),"
            + " Uzbekistan (UZ)");
    assertThat(line(r.out(), "observer")).contains("  2  ").contains("Iran (IR)", "Belarus (BY)");
  }

  @Test
  void theDayBeforeAccessionTheNewMembersAreStillAcceding() {
    Cli.Result r = Cli.run("members", "--on", "2017-06-08");
    assertThat(line(r.out(), "member ")).contains("  6  ").doesNotContain("India");
    assertThat(line(r.out(), "Acceding")).contains("India (IN), memorandum signed", "Pakistan (PK), memorandum signed");
    assertThat(line(r.out(), "observer")).contains("India (IN)", "Pakistan (PK)");
  }

  @Test
  void withoutADateItAnswersForTodayFromTheClock() {
    Cli.Result before = Cli.run(TestData.dataset(), TestData.clock(LocalDate.of(2023, 7, 3)), "members");
    Cli.Result on = Cli.run(TestData.dataset(), TestData.clock(LocalDate.of(2023, 7, 4)), "members");
    assertThat(before.out()).contains("on 2023-07-03");
    assertThat(line(before.out(), "member ")).doesNotContain("Iran");
    assertThat(line(on.out(), "member ")).contains("Iran (IR)");
  }

  @Test
  void beforeTheFoundingNoStateHasAStatus() {
    Cli.Result r = Cli.run("members", "--on", "2000-01-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("No state had a status toward the SCO on 2000-01-01", "founded on 2001-06-15");
  }

  @Test
  void aBadDateIsOneLineNamingTheValueAndExits2() {
    Cli.Result r = Cli.run("members", "--on", "2017-13-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("'2017-13-01' is not a date", "--on").doesNotContain("Exception");
  }

  static String line(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
  }
}
