package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every proper prefix of a valid document fails with {@link ScoJsonException}, never another exception: of four
 * random documents (each pretty and compact) and of three as bytes in the deep run ({@code -Pdeep}, CI), of one
 * each in the normal build.
 */
class PrefixTest {

  private static final boolean DEEP = Boolean.getBoolean("sco.deep");

  @Test
  void everyCharacterPrefixFailsWithScoJsonException() {
    for (long seed = 0; seed < (DEEP ? 4 : 1); seed++) {
      ScoDataset d = RandomDatasets.dataset(seed);
      for (ScoJson json : new ScoJson[] {ScoJson.standard(), ScoJson.standard().compact()}) {
        String doc = json.toJson(d);
        int end = doc.lastIndexOf('}');
        for (int n = 0; n <= end; n++) {
          String prefix = doc.substring(0, n);
          Throwable t = catchThrowable(() -> json.readDataset(prefix));
          assertThat(t).as("seed %s, prefix of %s chars", seed, n).isExactlyInstanceOf(ScoJsonException.class);
        }
      }
    }
  }

  @Test
  void everyBytePrefixFailsWithScoJsonExceptionEvenInsideAMultiByteCharacter() {
    for (long seed = 10; seed < (DEEP ? 13 : 11); seed++) {
      byte[] doc = ScoJson.standard().compact().toJsonBytes(RandomDatasets.dataset(seed));
      String text = new String(doc, StandardCharsets.UTF_8);
      int end = text.substring(0, text.lastIndexOf('}')).getBytes(StandardCharsets.UTF_8).length;
      for (int n = 0; n <= end; n++) {
        byte[] prefix = Arrays.copyOf(doc, n);
        Throwable t = catchThrowable(() -> ScoJson.standard().readDataset(new ByteArrayInputStream(prefix)));
        assertThat(t).as("seed %s, prefix of %s bytes", seed, n).isExactlyInstanceOf(ScoJsonException.class);
      }
    }
  }

  @Test
  void aPrefixFailureSaysWhereTheInputEnded() {
    String doc = ScoJson.standard().toJson(RandomDatasets.dataset(1));
    ScoJsonException e =
        (ScoJsonException) catchThrowable(() -> ScoJson.standard().readDataset(doc.substring(0, doc.length() / 2)));
    assertThat(e.reason()).startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
  }
}
