package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The members ({@link ScoDataset#membersOn}) and the CHS presidency holder ({@link ScoDataset#presidencyOn}) of the
 * reference dataset on every day from 2001-06-15 to 2026-03-10 equal the answers recorded in
 * {@code members-and-presidency-baseline.tsv}, which was written from the code and data of main before accession
 * moved onto its own track (issue 12 item 3): separating the tracks must not change who was a member or who
 * presided on any day. The file is run-length encoded: one line per day on which either answer changes.
 *
 * <p>Where facts change on purpose (a new member), rewrite the file with
 * {@code -Dsco.data.baseline.regenerate=true} and say so in the commit.
 */
class MembersAndPresidencyBaselineTest {

  static final LocalDate FIRST = LocalDate.of(2001, 6, 15);
  static final LocalDate LAST = LocalDate.of(2026, 3, 10);
  private static final String RESOURCE = "members-and-presidency-baseline.tsv";
  private static final Path FILE = Path.of("src/test/resources/io/github/scosdk/data", RESOURCE);

  /** The answers, one line per day on which the members or the holder change: day, members, holder. */
  static String render(ScoDataset dataset) {
    StringBuilder out = new StringBuilder("# day\tmembers (rotation order)\tCHS presidency holder\n");
    String previous = null;
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      String members = dataset.membersOn(d).stream().map(StateCode::toString).collect(Collectors.joining(" "));
      String holder = dataset.presidencyOn(d).map(Presidency::holder).map(StateCode::toString).orElse("-");
      String answer = members + "\t" + holder;
      if (!answer.equals(previous)) {
        out.append(d).append('\t').append(answer).append('\n');
        previous = answer;
      }
    }
    return out.toString();
  }

  @Test
  void membersAndHolderOnEveryDayAreUnchanged() throws IOException {
    String actual = render(ReferenceFixture.dataset());
    if (Boolean.getBoolean("sco.data.baseline.regenerate")) {
      Files.writeString(FILE, actual, StandardCharsets.UTF_8);
    }
    assertThat(FILE).exists();
    assertThat(actual).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
  }

  @Test
  void theBaselineCoversTheWholeSpan() {
    String rendered = render(ReferenceFixture.dataset());
    assertThat(rendered.lines().skip(1).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("2001-06-15\t"));
    assertThat(rendered.lines().count()).isGreaterThan(20);
  }
}
