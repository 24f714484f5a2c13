package io.github.scosdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import org.junit.jupiter.api.Test;

/**
 * sco-io leaves duplicate ids to the dataset builder and looks for the first repeat only when reading fails: the
 * fault reported must still be the earliest one in the document, at the record that repeats the id.
 */
class ScoIoFaultOrderTest {

  private static final String MEETINGS =
      "\"meetings\":[{\"id\":\"m1\",\"body\":\"secretariat\",\"startDate\":\"2020\"},"
          + "{\"id\":\"m1\",\"body\":\"secretariat\",\"startDate\":\"2021\"}]";

  @Test
  void aRepeatedIdIsReportedAtTheRecordThatRepeatsIt() {
    ScoJsonException e = read("{\"format\":\"sco-dataset/1\"," + MEETINGS + "}");

    assertThat(e.reason()).isEqualTo("meeting: duplicate id 'm1' (already used at /meetings/0)");
    assertThat(e.pointer()).isEqualTo("/meetings/1");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(91);
  }

  @Test
  void aRepeatedIdWinsOverALaterMalformedRecord() {
    ScoJsonException e =
        read("{\"format\":\"sco-dataset/1\"," + MEETINGS + ",\"documents\":[{\"id\":\"d1\",\"kind\":\"nope\"}]}");

    assertThat(e.reason()).startsWith("meeting: duplicate id 'm1'");
  }

  @Test
  void aRepeatedIdWinsOverALaterMissingFormat() {
    ScoJsonException e = read("{" + MEETINGS + "}");

    assertThat(e.reason()).startsWith("meeting: duplicate id 'm1'");
  }

  @Test
  void aFaultBeforeTheRepeatIsReportedInstead() {
    ScoJsonException e = read("{\"format\":\"sco-dataset/1\",\"title\":\" \"," + MEETINGS.replace("2021", "20x1") + "}");

    assertThat(e.reason()).doesNotContain("duplicate id");
  }

  private static ScoJsonException read(String json) {
    return catchThrowableOfType(ScoJsonException.class, () -> ScoJson.standard().readDataset(json));
  }
}
