package io.github.scosdk.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.testkit.DatasetGenerator;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reading from a byte array gives what reading the same bytes from a stream gives, values and faults alike. */
class ByteArrayReadTest {

  private static final ScoJson JSON = ScoJson.standard();

  @Test
  void aDatasetReadFromBytesEqualsTheOneReadFromAStream() {
    ScoDataset dataset = DatasetGenerator.ofSize(40).generate(new SplittableRandom(7));
    byte[] bytes = JSON.toJsonBytes(dataset);
    assertThat(JSON.readDataset(bytes)).isEqualTo(dataset).isEqualTo(JSON.readDataset(new ByteArrayInputStream(bytes)));
    Meeting m = dataset.meetings().get(0);
    assertThat(JSON.read(JSON.toJsonBytes(m), Meeting.class)).isEqualTo(m);
  }

  @Test
  void aFaultInBytesHasThePlaceAndReasonItHasInAStream() {
    byte[] bad = "{\"format\":\"sco-dataset/1\",\n \"states\":[{\"code\":\"XX\"}]}".getBytes(UTF_8);
    ScoJsonException fromBytes = catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(bad));
    ScoJsonException fromStream =
        catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(new ByteArrayInputStream(bad)));
    assertThat(fromBytes.pointer()).isEqualTo(fromStream.pointer()).isNotEmpty();
    assertThat(fromBytes.line()).isEqualTo(fromStream.line()).isEqualTo(2);
    assertThat(fromBytes.column()).isEqualTo(fromStream.column());
    assertThat(fromBytes.reason()).isEqualTo(fromStream.reason());
  }

  @Test
  void theDocumentLimitAppliesToBytes() {
    ScoJson tiny = ScoJson.builder().maxDocumentLength(10).build();
    byte[] doc = "{\"format\":\"sco-dataset/1\"}".getBytes(UTF_8);
    ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> tiny.readDataset(doc));
    assertThat(e.reason()).contains("26 bytes exceed the limit of 10");
    assertThat(JSON.readDataset(doc).meetings()).isEmpty();
  }
}
