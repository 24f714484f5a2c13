package io.github.scosdk.examples.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's answers for 10^6 generated events (the deep run, {@code -Pdeep}, CI; 10^5 in the normal build) equal
 * statusOn on every event; the plan is a hash join.
 */
class DuckDbStatusJoinTest {

  private static final long EVENTS = Boolean.getBoolean("sco.deep") ? 1_000_000L : 100_000L;
  private static final ScoDataset DATASET = ScoReference.dataset();

  @TempDir static Path dir;
  private static DuckDbStatusJoin db;

  @BeforeAll
  static void load() throws Exception {
    Path csv = dir.resolve("intervals.csv");
    DuckDbStatusJoin.writeIntervals(DATASET, ScoReference.version().version(), csv);
    db = DuckDbStatusJoin.inMemory();
    db.loadIntervals(csv);
    db.generateEvents(EVENTS, DuckDbStatusJoin.actors(DATASET), 0.14);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void everyAnswerEqualsStatusOn() throws Exception {
    db.materialise(DuckDbStatusJoin.HASH_JOIN, "answers");
    long checked = 0;
    long members = 0;
    long partners = 0;
    try (Statement st = db.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT actor_iso2, day, status, member, partner FROM answers")) {
      while (rs.next()) {
        StateCode actor = StateCode.of(rs.getString(1));
        LocalDate day = rs.getObject(2, LocalDate.class);
        MembershipStatus expected = DATASET.statusOn(actor, day);
        assertThat(rs.getString(3)).as("%s on %s", actor, day).isEqualTo(expected.name().toLowerCase(Locale.ROOT));
        assertThat(rs.getBoolean(4)).isEqualTo(expected == MembershipStatus.MEMBER);
        assertThat(rs.getBoolean(5)).isEqualTo(expected.isPartnerKind());
        members += expected == MembershipStatus.MEMBER ? 1 : 0;
        partners += expected.isPartnerKind() ? 1 : 0;
        checked++;
      }
    }
    assertThat(checked).isEqualTo(EVENTS);
    assertThat(members).isPositive();
    assertThat(partners).isPositive();
  }

  @Test
  void thePlanIsAHashJoinNotAnAsofJoin() throws Exception {
    // DuckDB 2 prints operator names as "Hash Join", older versions as HASH_JOIN
    String plan = operators(db.explain(DuckDbStatusJoin.HASH_JOIN));
    assertThat(plan).contains("HASH_JOIN").doesNotContain("ASOF");
    assertThat(operators(db.explain(DuckDbStatusJoin.ASOF_JOIN))).contains("ASOF_JOIN");
  }

  private static String operators(String plan) {
    return plan.toUpperCase(Locale.ROOT).replace(' ', '_');
  }

  @Test
  void theAsofJoinGivesTheSameAnswers() throws Exception {
    db.materialise(DuckDbStatusJoin.HASH_JOIN, "answers");
    db.materialise(DuckDbStatusJoin.ASOF_JOIN, "answers_asof");
    try (Statement st = db.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM answers a JOIN answers_asof b USING (event_id)"
            + " WHERE a.status IS DISTINCT FROM coalesce(b.status, 'none')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
