package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code applications} array, added to {@code sco-dataset/1} after its first release: optional when read,
 * written only when not empty (so a dataset without applications writes the bytes it wrote before), and after
 * {@code rotationExceptions}; an application without {@code sought} names no status.
 */
class ApplicationJsonTest {

  private static final ScoJson JSON = ScoJson.standard().compact();

  private static final Application UNNAMED =
      Application.builder().id("app-dz-2024").state(StateCode.of("DZ")).date(PartialDate.ofYear(2024))
          .addSource("SECT").build();

  @Test
  void aDocumentOfTheFirstReleaseReadsAndWritesWithoutTheArray() throws IOException {
    Path base = Path.of("src/test/resources/bad/base.json");
    ScoDataset read = ScoJson.standard().readDataset(base);
    assertThat(read.applications()).isEmpty();
    String written = JSON.toJson(read);
    assertThat(written).doesNotContain("applications").endsWith("\"rotationExceptions\":[{\"id\":\"r1\",\"kind\":"
        + "\"swap\",\"presidencies\":[\"p1\"],\"states\":[\"KG\"],\"description\":\"Swapped.\"}]}");
    assertThat(Files.readString(base)).doesNotContain("applications");
  }

  @Test
  void applicationsAreWrittenLastAndReadBack() {
    ScoDataset d = ScoDataset.builder().addApplications(UNNAMED).build();
    String written = JSON.toJson(d);
    assertThat(written)
        .endsWith("\"rotationExceptions\":[],\"applications\":[{\"id\":\"app-dz-2024\",\"state\":\"DZ\",\"date\":"
            + "\"2024\",\"sources\":[\"SECT\"]}]}");
    assertThat(JSON.readDataset(written)).isEqualTo(d);
    assertThat(JSON.readDataset("{\"format\":\"sco-dataset/1\",\"applications\":[]}").applications()).isEmpty();
  }

  @Test
  void everyFieldIsWrittenInTheTablesOrder() {
    Application full =
        Application.builder().id("app-tr").state(StateCode.of("TR")).sought(MembershipStatus.DIALOGUE_PARTNER)
            .date(PartialDate.of(2011, 3, 23)).decidedAt("chs-2012-beijing")
            .confidence(io.github.scosdk.model.Confidence.MEDIUM).note("n").addSource("MFATR").build();
    String written = JSON.toJson(full);
    assertThat(written)
        .isEqualTo("{\"id\":\"app-tr\",\"state\":\"TR\",\"sought\":\"dialogue_partner\",\"date\":\"2011-03-23\","
            + "\"decidedAt\":\"chs-2012-beijing\",\"confidence\":\"medium\",\"note\":\"n\",\"sources\":[\"MFATR\"]}");
    assertThat(JSON.read(written, Application.class)).isEqualTo(full);
    assertThat(JSON.read(JSON.toJson(UNNAMED), Application.class).sought()).isEmpty();
  }
}
