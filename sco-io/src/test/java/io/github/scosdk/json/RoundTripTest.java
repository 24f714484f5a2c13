package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.StatusChange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  private static final int SEEDS = Integer.getInteger("sco.io.seeds", 300);
  private final ScoJson pretty = ScoJson.standard();
  private final ScoJson compact = ScoJson.standard().compact();

  @Test
  void readingWhatWasWrittenGivesAnEqualDatasetForEverySeed() {
    for (long seed = 0; seed < SEEDS; seed++) {
      ScoDataset d = RandomDatasets.dataset(seed);
      String json = pretty.toJson(d);
      assertThat(pretty.readDataset(json)).as("seed %s", seed).isEqualTo(d);
      assertThat(compact.readDataset(compact.toJson(d))).as("compact, seed %s", seed).isEqualTo(d);
    }
  }

  @Test
  void writingIsDeterministicAndStableUnderRereading() {
    for (long seed = 0; seed < SEEDS; seed++) {
      String first = pretty.toJson(RandomDatasets.dataset(seed));
      String second = pretty.toJson(RandomDatasets.dataset(seed));
      assertThat(second).isEqualTo(first);
      assertThat(pretty.toJson(pretty.readDataset(first))).as("seed %s", seed).isEqualTo(first);
    }
  }

  @Test
  void compactOutputIsThePrettyOutputWithoutInsignificantWhitespace() {
    ScoDataset d = RandomDatasets.dataset(7);
    String c = compact.toJson(d);
    assertThat(c).doesNotContain("\n").doesNotEndWith("\n");
    assertThat(compact.readDataset(pretty.toJson(d))).isEqualTo(compact.readDataset(c));
    assertThat(pretty.toJson(d)).endsWith("}\n").contains("\n  \"states\": [");
  }

  @Test
  void everyInputKindReadsTheSameDataset(@TempDir Path dir) throws Exception {
    ScoDataset d = RandomDatasets.dataset(42);
    byte[] bytes = pretty.toJsonBytes(d);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(pretty.toJson(d));
    Path file = dir.resolve("d.json");
    pretty.write(d, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(pretty.readDataset(file)).isEqualTo(d);
    assertThat(pretty.readDataset(new ByteArrayInputStream(bytes))).isEqualTo(d);
    assertThat(pretty.readDataset(new StringReader(pretty.toJson(d)))).isEqualTo(d);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pretty.write(d, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    StringWriter w = new StringWriter();
    pretty.write(d, w);
    assertThat(w.toString()).isEqualTo(pretty.toJson(d));
  }

  @Test
  void singleRecordsRoundTrip() {
    for (long seed = 0; seed < SEEDS; seed++) {
      RandomDatasets g = RandomDatasets.withSeed(seed);
      roundTrip(g.meeting(), Meeting.class);
      roundTrip(g.document(), Document.class);
      roundTrip(g.statusChange(), StatusChange.class);
      roundTrip(g.presidency(), Presidency.class);
      roundTrip(g.initiative(), Initiative.class);
      roundTrip(g.official(), Official.class);
      roundTrip(g.rotationException(), RotationException.class);
      roundTrip(g.application(), Application.class);
      roundTrip(g.source(), Source.class);
      roundTrip(g.participant(), Participant.class);
      roundTrip(g.dateRange(), DateRange.class);
    }
  }

  private <T> void roundTrip(T value, Class<T> type) {
    for (Function<T, String> writer : java.util.List.<Function<T, String>>of(pretty::toJson, compact::toJson)) {
      String json = writer.apply(value);
      assertThat(pretty.read(json, type)).as(json).isEqualTo(value);
      assertThat(writer.apply(pretty.read(json, type))).isEqualTo(json);
    }
  }
}
