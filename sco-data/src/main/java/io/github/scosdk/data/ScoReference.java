package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;

/**
 * The embedded SCO reference dataset: every member state and partner with its status history, every summit
 * from the Shanghai Five to the planned 2026 summit, every meeting of the Council of Heads of Government with its
 * communiqué, the dated meetings of the Council of Ministers of Foreign Affairs, every presidency term, the
 * declared rotation exceptions, Secretaries-General and RATS Directors, key documents and initiatives, each record
 * with its sources.
 *
 * <p>The dataset is the {@code sco-dataset/1} JSON resource {@value #RESOURCE} in this package. It is read once, on
 * the first call to {@link #dataset()}, from a compact form of the same values written when sco-data was built
 * (checked then to read back equal and to write that JSON's exact bytes), which a fresh JVM reads several times
 * faster than the JSON; later calls return the same instance. Loading is lazy and thread-safe; a resource of that
 * name that another class-path entry supplies ahead of this jar is rejected, and so is a compact form whose bytes
 * are not the ones whose CRC-32 the build recorded in it. What the sources leave uncertain is
 * marked in the data: a partial date, a {@code confidence} below high, a {@code note}.
 *
 * <p>This class is thread-safe.
 */
public final class ScoReference {

  /** The name of the JSON resource, relative to this class. */
  static final String RESOURCE = "sco-reference.json";

  private static final ReferenceVersion VERSION =
      new ReferenceVersion(
          "2026.03.10.2",
          "SCO reference dataset: the 10 member states and 17 partner states with their status histories from"
              + " 2001; the Shanghai Five meetings 1996-2000; every regular Council of Heads of State meeting"
              + " 2001-2025 and the planned 2026 Bishkek summit; every regular Council of Heads of Government meeting"
              + " 2001-2025 and the planned 2026 Dushanbe meeting, with their communiqués; the dated meetings of the"
              + " Council of Ministers of Foreign Affairs 2002-2025; every presidency term from 2001 to the current"
              + " Kyrgyz term and every CHG chairmanship term from 2001 to the current Tajik one, with the declared"
              + " rotation exceptions; Secretaries-General, RATS Directors and a"
              + " Deputy Secretary-General; key documents, initiatives and the meetings of the seed news articles.",
          LocalDate.of(2026, 3, 10),
          "The latest dated fact: the APP item dated 'March 10' (2026) that the next CHG meeting will be held in"
              + " Dushanbe in October 2026 [APP-CHG26]; the latest fully dated event is the member states' statement"
              + " on Iran of 2026-03-02 [PEOPLE-IRAN26]. The fact check of 2026-12-01 found no source for any SCO"
              + " event after about 2026-03-10, so the data is current as of 2026-03-10.");

  private static final LazyDataset DATASET =
      new LazyDataset(() -> ReferenceLoader.loadBeside(ScoReference.class, CompactForm.RESOURCE, CompactForm::read));

  private ScoReference() {}

  /**
   * The reference dataset, loaded on first use.
   *
   * @return the same immutable dataset on every call
   * @throws IllegalStateException if the embedded resource is missing, unreadable (a broken build), damaged or
   *     altered (its CRC-32, recorded when it was built, does not match; the message names the resource and both
   *     values) or not the one this build embedded (a resource of the same name earlier on the class path shadows
   *     it); thrown again, with the same message, on every later call
   */
  public static ScoDataset dataset() {
    return DATASET.get();
  }

  /**
   * Which edition of the dataset this is: version, coverage and as-of day.
   *
   * @return the edition of the embedded dataset
   */
  public static ReferenceVersion version() {
    return VERSION;
  }

}
