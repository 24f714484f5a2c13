package io.github.scosdk.examples.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark SQL job that answers "was the actor a member / a partner on that day?" for every event of an events
 * dataset {@code (event_id, actor_iso2, day)}: it broadcasts the sco-tables {@code intervals} table (a few dozen
 * rows) to every executor and joins by actor and day (equality on the state, range on the day), writing the events
 * with per-event {@code status}, {@code member} and {@code partner} columns as Parquet.
 *
 * <p>{@code spark-submit --class io.github.scosdk.examples.spark.SparkStatusJoin JAR INTERVALS_CSV EVENTS_PARQUET
 * OUT_DIR} (see docs/tables.md).
 */
public final class SparkStatusJoin {

  /** The columns of the intervals CSV, typed (days as dates). */
  public static final StructType INTERVALS_SCHEMA =
      new StructType()
          .add("iso2", DataTypes.StringType)
          .add("iso3", DataTypes.StringType)
          .add("cow", DataTypes.IntegerType)
          .add("gw", DataTypes.IntegerType)
          .add("wikidata", DataTypes.StringType)
          .add("status", DataTypes.StringType)
          .add("accession_stage", DataTypes.StringType)
          .add("valid_from", DataTypes.DateType)
          .add("valid_to", DataTypes.DateType)
          .add("open_end", DataTypes.StringType)
          .add("from_precision", DataTypes.StringType)
          .add("to_precision", DataTypes.StringType)
          .add("confidence", DataTypes.StringType)
          .add("source_ids", DataTypes.StringType)
          .add("dataset_version", DataTypes.StringType);

  private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private SparkStatusJoin() {}

  /** Reads the intervals CSV that {@code sco table intervals} writes. */
  public static Dataset<Row> readIntervals(SparkSession spark, String csv) {
    return spark.read().option("header", "true").schema(INTERVALS_SCHEMA).csv(csv);
  }

  /**
   * Every event with the status of the interval holding its day ({@code none} when none does), and whether that is
   * a full membership or a partner status (observer, dialogue partner, SCO partner).
   */
  public static Dataset<Row> statusPerEvent(Dataset<Row> events, Dataset<Row> intervals) {
    Dataset<Row> i = broadcast(intervals.select("iso2", "status", "accession_stage", "valid_from", "valid_to"));
    Column on =
        events.col("actor_iso2").equalTo(i.col("iso2"))
            .and(events.col("day").geq(i.col("valid_from")))
            .and(events.col("day").lt(coalesce(i.col("valid_to"), lit(OPEN_END))));
    Column status = coalesce(i.col("status"), lit("none"));
    return events
        .join(i, on, "left")
        .select(
            events.col("event_id"),
            events.col("actor_iso2"),
            events.col("day"),
            status.as("status"),
            coalesce(i.col("accession_stage"), lit("none")).as("accession_stage"),
            status.equalTo("member").as("member"),
            status.isin("observer", "dialogue_partner", "partner").as("partner"));
  }

  /** Runs the job: {@code INTERVALS_CSV EVENTS_PARQUET OUT_DIR}. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: SparkStatusJoin INTERVALS_CSV EVENTS_PARQUET OUT_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("sco status per event").getOrCreate();
    try {
      Dataset<Row> events = spark.read().parquet(args[1]).select(col("event_id"), col("actor_iso2"), col("day"));
      statusPerEvent(events, readIntervals(spark, args[0])).write().mode(SaveMode.ErrorIfExists).parquet(args[2]);
    } finally {
      spark.stop();
    }
  }
}
