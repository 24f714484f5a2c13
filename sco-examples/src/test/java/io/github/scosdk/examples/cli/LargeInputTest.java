package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.examples.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command stays near-linear in its input: 10^5 presidency terms with a summit each, or a 1 MiB value, take
 * well under a second. The bound is generous (this is not a benchmark; JMH in sco-benchmarks measures speed): the
 * quadratic paths it guards against took minutes to hours at these sizes.
 */
class LargeInputTest {

  static final int TERMS = 100_000;
  static final Duration BOUND = Duration.ofSeconds(10);
  static final String MIB_OF_SPACES = " ".repeat(1 << 20);

  static ScoDataset manyTerms;

  @BeforeAll
  static void build() {
    ScoDataset.Builder b = ScoDataset.builder();
    LocalDate day = LocalDate.of(2001, 6, 15);
    String[] holders = {"CN", "KZ", "KG", "RU", "TJ", "UZ"};
    for (int i = 0; i < TERMS; i++) {
      LocalDate next = day.plusDays(1);
      String summit = "chs-" + i;
      b.addMeetings(Meeting.builder().id(summit).body(Body.COUNCIL_OF_HEADS_OF_STATE)
          .startDate(PartialDate.of(day)).endDate(PartialDate.of(next)).build());
      b.addPresidencies(Presidency.builder().id("pres-" + i).holder(StateCode.of(holders[i % holders.length]))
          .term(DateRange.of(day, next)).closedAt(summit).build());
      day = next;
    }
    manyTerms = b.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "csv"})
  void timelineOfTenToTheFiveTermsIsNearLinear(String format) {
    Cli.Result r = assertTimeoutPreemptively(BOUND,
        () -> Cli.run(manyTerms, TestData.clock(), "timeline", "--format", format));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isGreaterThanOrEqualTo(TERMS);
  }

  @Test
  void aMessageWithAMebibyteOfSpacesIsFoldedInLinearTime() {
    String folded = assertTimeoutPreemptively(BOUND, () -> Sco.oneLine("a" + MIB_OF_SPACES + "b\n" + MIB_OF_SPACES));
    assertThat(folded).hasSize(2 + MIB_OF_SPACES.length());
  }

  @Test
  void aDataFileWhoseFaultEchoesLongRunsOfSpacesIsOneLineAtOnce(@TempDir Path dir) throws IOException {
    // the message quotes the bad date with its 10^5 spaces: the old folding regex backtracked over them (114 s)
    String spaces = " ".repeat(100_000);
    Path file = Files.writeString(dir.resolve("big.json"),
        "{\"format\": \"sco-dataset/1\", \"asOfDate\": \"2020" + spaces + "-x\"}");
    Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.run("timeline", "--data", file.toString()));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco timeline: cannot read '" + file + "': ").contains(spaces);
  }

  @Test
  void controlCharactersInAMebibyteValueAreEscapedInLinearTime() {
    String value = "\u001b".repeat(1 << 20);
    String escaped = assertTimeoutPreemptively(BOUND, () -> TerminalText.escape(value));
    assertThat(escaped).hasSize(4 << 20);
  }
}
