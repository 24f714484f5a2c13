package io.github.scosdk.examples.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.tables.ScoTables;
import io.github.scosdk.tables.TableFormat;
import io.github.scosdk.tables.TableOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In local[2]: 10^5 generated events joined to the broadcast intervals; every answer equals statusOn. */
class SparkStatusJoinTest {

  private static final long EVENTS = 100_000L;
  private static final ScoDataset DATASET = ScoReference.dataset();

  @TempDir static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("sco-spark-example test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyEventGetsTheStatusThatStatusOnGives() throws Exception {
    Path csv = dir.resolve("intervals.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      TableFormat.CSV.write(ScoTables.intervals(DATASET, TableOptions.defaults(DATASET, "test")), out);
    }
    List<String> actors = new ArrayList<>();
    for (State s : DATASET.states()) {
      actors.add(s.code().code());
    }
    actors.add("US");
    Dataset<Row> events = spark.range(EVENTS)
        .select(
            col("id").as("event_id"),
            element_at(array(actors.stream().map(a -> lit(a)).toArray(Column[]::new)),
                floor(rand(14).multiply(actors.size())).cast("int").plus(1)).as("actor_iso2"),
            date_add(lit(LocalDate.of(1996, 1, 1)), floor(rand(15).multiply(11323)).cast("int")).as("day"));
    Path eventsDir = dir.resolve("events");
    events.write().parquet(eventsDir.toString());

    Path outDir = dir.resolve("answers");
    Dataset<Row> answers = SparkStatusJoin.statusPerEvent(
        spark.read().parquet(eventsDir.toString()), SparkStatusJoin.readIntervals(spark, csv.toString()));
    assertThat(answers.queryExecution().executedPlan().toString()).contains("BroadcastHashJoin");
    answers.write().parquet(outDir.toString());

    List<Row> rows = spark.read().parquet(outDir.toString()).collectAsList();
    assertThat(rows).hasSize((int) EVENTS);
    long members = 0;
    for (Row r : rows) {
      StateCode actor = StateCode.of(r.getString(r.fieldIndex("actor_iso2")));
      LocalDate day = r.getDate(r.fieldIndex("day")).toLocalDate();
      MembershipStatus expected = DATASET.statusOn(actor, day);
      assertThat(r.getString(r.fieldIndex("status"))).as("%s on %s", actor, day)
          .isEqualTo(expected.name().toLowerCase(Locale.ROOT));
      assertThat(r.getBoolean(r.fieldIndex("member"))).isEqualTo(expected == MembershipStatus.MEMBER);
      assertThat(r.getBoolean(r.fieldIndex("partner"))).isEqualTo(expected.isPartnerKind());
      members += expected == MembershipStatus.MEMBER ? 1 : 0;
    }
    assertThat(members).isPositive();
  }
}
