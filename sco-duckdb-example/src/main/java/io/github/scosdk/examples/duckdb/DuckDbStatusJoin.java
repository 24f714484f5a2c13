package io.github.scosdk.examples.duckdb;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.tables.ScoTables;
import io.github.scosdk.tables.TableFormat;
import io.github.scosdk.tables.TableOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers "was the actor a member / a partner on that day?" for a table of events {@code (actor_iso2, day)} in
 * embedded DuckDB, by joining the sco-tables {@code intervals} CSV: a hash join on the state plus a range condition
 * on the day, the join DuckDB runs fastest for this shape (an {@code ASOF} join gives the same answers, slower).
 *
 * <p>Run {@code main} to load the reference intervals, generate events and time both joins.
 */
public final class DuckDbStatusJoin implements AutoCloseable {

  /** The join: every event, with the status of the interval that holds its day (none when no interval does). */
  public static final String HASH_JOIN =
      "SELECT e.event_id, e.actor_iso2, e.day, coalesce(i.status, 'none') AS status,"
          + " coalesce(i.status = 'member', false) AS member,"
          + " coalesce(i.status IN ('observer', 'dialogue_partner', 'partner'), false) AS partner"
          + " FROM events e LEFT JOIN intervals i"
          + " ON e.actor_iso2 = i.iso2 AND e.day >= i.valid_from AND e.day < coalesce(i.valid_to, DATE '9999-12-31')";

  /** The same answers by an ASOF join (the last interval starting on or before the day), for comparison. */
  public static final String ASOF_JOIN =
      "SELECT e.event_id, e.actor_iso2, e.day,"
          + " CASE WHEN e.day < coalesce(i.valid_to, DATE '9999-12-31') THEN i.status ELSE 'none' END AS status"
          + " FROM events e ASOF LEFT JOIN intervals i ON e.actor_iso2 = i.iso2 AND e.day >= i.valid_from";

  private final Connection connection;

  private DuckDbStatusJoin(Connection connection) {
    this.connection = connection;
  }

  /** An in-memory DuckDB database. */
  public static DuckDbStatusJoin inMemory() throws SQLException {
    return new DuckDbStatusJoin(DriverManager.getConnection("jdbc:duckdb:"));
  }

  /** The JDBC connection, for further queries. */
  public Connection connection() {
    return connection;
  }

  /** Writes the dataset's intervals table as CSV to the file. */
  public static void writeIntervals(ScoDataset dataset, String version, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      TableFormat.CSV.write(ScoTables.intervals(dataset, TableOptions.defaults(dataset, version)), out);
    }
  }

  /** Loads the intervals CSV as table {@code intervals}, with typed days. */
  public void loadIntervals(Path csv) throws SQLException {
    execute("CREATE OR REPLACE TABLE intervals AS SELECT * FROM read_csv('" + csv.toAbsolutePath().toString()
        .replace("'", "''") + "', header = true, columns = {'iso2': 'VARCHAR', 'iso3': 'VARCHAR', 'cow': 'INTEGER',"
        + " 'gw': 'INTEGER', 'wikidata': 'VARCHAR', 'status': 'VARCHAR', 'accession_stage': 'VARCHAR',"
        + " 'valid_from': 'DATE', 'valid_to': 'DATE', 'open_end': 'VARCHAR', 'from_precision': 'VARCHAR',"
        + " 'to_precision': 'VARCHAR', 'confidence': 'VARCHAR', 'source_ids': 'VARCHAR',"
        + " 'dataset_version': 'VARCHAR'})");
  }

  /**
   * Generates table {@code events(event_id, actor_iso2, day)}: {@code count} events, each by one of the actors
   * (uniformly), on a day between 1996-01-01 and 2026-12-31 (uniformly).
   */
  public void generateEvents(long count, List<String> actors, double seed) throws SQLException {
    String list = actors.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ", "[", "]"));
    execute("SELECT setseed(" + seed + ")");
    execute("CREATE OR REPLACE TABLE events AS SELECT range AS event_id,"
        + " list_extract(" + list + ", 1 + CAST(floor(random() * " + actors.size() + ") AS INTEGER)) AS actor_iso2,"
        + " CAST(DATE '1996-01-01' + CAST(floor(random() * 11323) AS INTEGER) AS DATE) AS day"
        + " FROM range(" + count + ")");
  }

  /** The actors of the reference events: every state of the dataset, plus states that never had a status. */
  public static List<String> actors(ScoDataset dataset) {
    List<String> actors = new ArrayList<>();
    for (State s : dataset.states()) {
      actors.add(s.code().code());
    }
    actors.addAll(List.of("US", "FR", "BR"));
    return actors;
  }

  /** DuckDB's plan for the query, as text. */
  public String explain(String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN " + query)) {
      while (rs.next()) {
        plan.append(rs.getString(2)).append('\n');
      }
    }
    return plan.toString();
  }

  /** Runs the query into table {@code name}, returning the seconds it took. */
  public double materialise(String query, String name) throws SQLException {
    long t0 = System.nanoTime();
    execute("CREATE OR REPLACE TABLE " + name + " AS " + query);
    return (System.nanoTime() - t0) / 1e9;
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /**
   * Loads the reference intervals, generates events (first argument, default 10^6) and prints the time of the hash
   * join and of the ASOF join (best of five runs each).
   */
  public static void main(String[] args) throws Exception {
    long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    ScoDataset dataset = ScoReference.dataset();
    Path csv = Files.createTempFile("intervals", ".csv");
    try (DuckDbStatusJoin db = inMemory()) {
      writeIntervals(dataset, ScoReference.version().version(), csv);
      db.loadIntervals(csv);
      db.generateEvents(events, actors(dataset), 0.14);
      double hash = Double.MAX_VALUE;
      double asof = Double.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        hash = Math.min(hash, db.materialise(HASH_JOIN, "answers"));
        asof = Math.min(asof, db.materialise(ASOF_JOIN, "answers_asof"));
      }
      System.out.printf(Locale.ROOT, "events %d: hash join %.3f s, ASOF join %.3f s, ASOF/hash %.1fx%n",
          events, hash, asof, asof / hash);
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
