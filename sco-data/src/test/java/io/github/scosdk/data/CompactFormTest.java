package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact form of the embedded dataset: the committed resource is what {@link CompactFormWriter} writes for
 * the dataset's Java source, it reads back to an equal dataset that writes the JSON resource's exact bytes, and
 * every attribute of every kind of value survives the round trip (the golden example of the JSON format sets
 * them all). Regenerate with {@code -Dsco.data.regenerate=true}, as the JSON resource.
 */
class CompactFormTest {

  private static final Path RESOURCE = Path.of("src/main/resources/io/github/scosdk/data", CompactForm.RESOURCE);
  private static final Path JSON = Path.of("src/main/resources/io/github/scosdk/data", ScoReference.RESOURCE);
  private static final Path GOLDEN = Path.of("../sco-io/src/test/resources/golden/example-dataset.json");

  private final ScoDataset source = ReferenceDatasetSource.build();

  @Test
  void committedResourceIsWhatTheSourceProduces() throws IOException {
    byte[] expected = CompactFormWriter.write(source);
    if (Boolean.getBoolean("sco.data.regenerate")) {
      Files.write(RESOURCE, expected);
    }
    assertThat(RESOURCE).as("run with -Dsco.data.regenerate=true to create it").exists();
    assertThat(Arrays.equals(Files.readAllBytes(RESOURCE), expected))
        .as("%s is stale: run the build with -Dsco.data.regenerate=true", RESOURCE)
        .isTrue();
  }

  @Test
  void readsBackTheSourceAndWritesTheJsonResourcesBytes() throws IOException {
    ScoDataset read = CompactForm.read(Files.readAllBytes(RESOURCE));
    assertThat(read).isEqualTo(source);
    assertThat(ScoJson.standard().toJson(read)).isEqualTo(Files.readString(JSON, StandardCharsets.UTF_8));
  }

  @Test
  void everyAttributeSurvivesTheRoundTrip() throws IOException {
    ScoDataset golden = ScoJson.standard().readDataset(Files.readAllBytes(GOLDEN));
    ScoDataset read = CompactForm.read(CompactFormWriter.write(golden));
    assertThat(read).isEqualTo(golden);
    assertThat(ScoJson.standard().toJson(read)).isEqualTo(ScoJson.standard().toJson(golden));
  }

  @Test
  void anEmptyDatasetSurvivesTheRoundTrip() throws IOException {
    ScoDataset empty = ScoDataset.builder().build();
    assertThat(CompactForm.read(CompactFormWriter.write(empty))).isEqualTo(empty);
  }

  @Test
  void oneFlippedByteInThePayloadIsRefusedNamingBothChecksums() throws IOException {
    byte[] bytes = Files.readAllBytes(RESOURCE);
    // a letter of a name: without the check this reads as a dataset that differs in one character
    int at = indexOf(bytes, "Kazakhstan".getBytes(StandardCharsets.UTF_8)) + 3;
    byte[] renamed = bytes.clone();
    renamed[at] ^= 0x01;
    String recorded = String.format("%08x", ByteBuffer.wrap(bytes, 4, 4).getInt());
    String actual = String.format("%08x", CompactForm.crc32(renamed));
    assertThat(actual).isNotEqualTo(recorded);
    assertThatThrownBy(() -> CompactForm.read(renamed))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("CRC-32 is " + actual)
        .hasMessageContaining(recorded);
    // the loader's documented exception names the resource and both values
    assertThatThrownBy(
            () -> ReferenceLoader.loadBeside(ScoReference.class, CompactForm.RESOURCE, b -> CompactForm.read(flip(b, at))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(CompactForm.RESOURCE)
        .hasMessageContaining(actual)
        .hasMessageContaining(recorded);
    // any byte of the payload, and of the recorded checksum itself
    Random random = new Random(17);
    for (int i = 0; i < 200; i++) {
      int pos = CompactForm.HEADER - 4 + random.nextInt(bytes.length - CompactForm.HEADER + 4);
      byte[] flipped = flip(bytes, pos);
      assertThatThrownBy(() -> CompactForm.read(flipped))
          .as("byte %d flipped", pos)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("CRC-32");
    }
  }

  private static byte[] flip(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x01;
    return copy;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = CompactForm.HEADER; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not in the resource");
  }

  @Test
  void otherBytesAreRejected() throws IOException {
    byte[] bytes = CompactFormWriter.write(source);
    assertThatThrownBy(() -> CompactForm.read(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not the compact form");
    assertThatThrownBy(() -> CompactForm.read(Arrays.copyOf(bytes, bytes.length / 2))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> CompactForm.read(Arrays.copyOf(bytes, bytes.length + 1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("CRC-32");
    // a byte more, with the CRC-32 recorded for it
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    ByteBuffer.wrap(longer, 4, 4).putInt(CompactForm.crc32(longer));
    assertThatThrownBy(() -> CompactForm.read(longer))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("after the dataset");
  }
}
