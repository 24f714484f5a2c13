package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsAndFailuresTest {

  private static final String MEETING_WITH_NOTE =
      "{\"format\":\"sco-dataset/1\",\"meetings\":[{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\","
          + "\"note\":\"%s\"}]}";

  @Test
  void aStringOfOneMebibyteIsReadAndOneCharacterMoreIsRefused() {
    String ok = "n".repeat(1 << 20);
    assertThat(ScoJson.standard().readDataset(String.format(MEETING_WITH_NOTE, ok)).meetings().get(0).note())
        .contains(ok);
    ScoJsonException e = failure(() -> ScoJson.standard().readDataset(String.format(MEETING_WITH_NOTE, ok + "n")));
    assertThat(e.reason()).startsWith("limit exceeded: String value length");
    assertThat(e.pointer()).isEqualTo("/meetings/0/note");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String doc = String.format(MEETING_WITH_NOTE, "n").replace("\"startDate\"", "\"venue\":{\"city\":\"C\",\"state\":\"CN\"},\"startDate\"");
    assertThat(ScoJson.builder().maxNestingDepth(4).build().readDataset(doc).meetings()).hasSize(1);
    ScoJsonException e = failure(() -> ScoJson.builder().maxNestingDepth(3).build().readDataset(doc));
    assertThat(e.reason()).startsWith("limit exceeded: Document nesting depth (4) exceeds the maximum allowed (3");
    assertThat(e.pointer()).isEqualTo("/meetings/0/venue");
  }

  @Test
  void theStandardLimitsAreDepth64String1MibDocument16Mib() {
    var limits = ScoJson.standard().readConstraints();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(1 << 20);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(16L << 20).isEqualTo(ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ScoJson.standard().compact().readConstraints().getMaxNestingDepth()).isEqualTo(64);
  }

  @Test
  void aDocumentLongerThanTheConfiguredLimitIsRefused() {
    String doc = String.format(MEETING_WITH_NOTE, "n".repeat(500));
    ScoJson small = ScoJson.builder().maxDocumentLength(200).build();
    assertThat(failure(() -> small.readDataset(doc)).reason()).contains("exceed the limit of 200");
    ScoJsonException bytes =
        failure(() -> small.readDataset(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    assertThat(bytes.reason()).startsWith("limit exceeded: Document length");
    assertThat(ScoJson.builder().maxDocumentLength(10_000).build().readDataset(doc).meetings()).hasSize(1);
  }

  @Test
  void theBuilderRefusesLimitsBelowOne() {
    assertThatThrownBy(() -> ScoJson.builder().maxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoJson.builder().maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoJson.builder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInputFailureBecomesScoJsonExceptionWithoutAPosition() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    ScoJsonException e = failure(() -> ScoJson.standard().readDataset(broken));
    assertThat(e).hasRootCauseInstanceOf(IOException.class).hasMessageContaining("disk on fire");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void aMissingFileBecomesScoJsonException(@TempDir Path dir) {
    ScoJsonException e = failure(() -> ScoJson.standard().readDataset(dir.resolve("missing.json")));
    assertThat(e).hasCauseInstanceOf(NoSuchFileException.class);
    assertThat(e.getMessage()).startsWith("cannot read ");
  }

  @Test
  void anOutputFailureBecomesScoJsonException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("pipe closed");
          }
        };
    ScoJsonException e = failure(() -> ScoJson.standard().write(RandomDatasets.dataset(1), broken));
    assertThat(e).hasRootCauseInstanceOf(IOException.class);
    assertThat(e.line()).isEqualTo(-1);
  }

  @Test
  void aTypeOutsideTheFormatIsAProgrammingError() {
    assertThatThrownBy(() -> ScoJson.standard().toJson("text")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoJson.standard().read("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoJson.standard().toJson(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theSchemaIsShippedAsAResource() {
    assertThat(ScoJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(ScoJson.class.getResource(ScoJson.SCHEMA_RESOURCE)).isNotNull();
  }

  @Test
  void uncheckedIoIsNotUsedForReading() {
    Throwable t = catchThrowable(() -> ScoJson.standard().readDataset("{"));
    assertThat(t).isExactlyInstanceOf(ScoJsonException.class).isNotInstanceOf(UncheckedIOException.class);
  }

  private static ScoJsonException failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isExactlyInstanceOf(ScoJsonException.class);
    return (ScoJsonException) t;
  }
}
