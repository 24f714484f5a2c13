package io.github.scosdk.testkit;

import io.github.scosdk.model.ScoDataset;
import java.util.random.RandomGenerator;

/**
 * Generates whole, valid SCO datasets: states, a membership history that follows the dated transition graph,
 * presidency terms in strict rotation, the CHG chairmanship chain of the yearly regular CHG meetings, meetings chaired and hosted by the presidency, eligible participants,
 * documents adopted at meetings within their dates and signed by members, initiatives and Secretaries-General.
 *
 * <p>The size is the largest number of presidency terms (about one year each, starting 2001-06-15); the number
 * of states grows with it. Every dataset it returns passes every rule of
 * {@code io.github.scosdk.model.rules.Validator.standard()} without any violation, not even a warning. In
 * detail:
 *
 * <ul>
 *   <li>two to six founders (real names) become members on 2001-06-15; later candidates (the four later real
 *       members and invented states) move through dialogue partner, observer, accession started, acceding and
 *       member, may be suspended and reinstated or withdraw, and on 2025-09-01 every observer and dialogue
 *       partner becomes an SCO partner; one or two outsiders never get a status and attend only as guests;
 *   <li>each term's holder is the next member after the previous holder in Russian alphabetical order of
 *       {@code nameRu}, among the members on the term's first day; the holder stays a member throughout;
 *   <li>each bounded term is closed by a one- to three-day regular summit of the Council of Heads of State that
 *       ends on the hand-over day, hosted and chaired by the holder; the last term is ongoing;
 *   <li>the CHG chairmanship ({@code Presidency.body()} {@code COUNCIL_OF_HEADS_OF_GOVERNMENT}): each presidency term
 *       that is long enough (every bounded one) has one two- or three-day regular meeting of the Council of Heads of
 *       Government, closing at least 100 days from either end of the term; the first is hosted and chaired by a
 *       member at random and opens the chain, each later one is hosted and chaired by the holder of the running CHG
 *       term and closes it; each CHG term runs from the close of one regular CHG meeting to the close of the next (the
 *       last is ongoing), held by the member after the previous host in {@code io.github.scosdk.model.RotationOrder}
 *       among the members on its first day, who stays a member throughout; no status changes within 30 days of a CHG
 *       hand-over, and the other mid-term meetings are of the CMFA, the CNC and ministers. So {@code n} presidency
 *       terms come with {@code n - 1} or {@code n} CHG terms;
 *   <li>applications: for some statuses granted at a summit, the application for that status, dated (to the day,
 *       month or year) before the summit and decided at it; and undecided applications of outsiders;
 *   <li>Secretaries-General follow Charter Art. 11: back-to-back terms of exactly three years from the start of one
 *       of the first three presidency terms while the dataset runs, the first held by the first member in rotation
 *       order, each later one by the member after the previous holder among the members on its first day; the last
 *       is ongoing or ends on its third anniversary, after the as-of date;
 *   <li>nothing happens in the first 30 days of a term (no meeting starts, no status changes), which is what
 *       lets {@link Defects} move a term's start without touching any other rule.
 * </ul>
 *
 * <p>Immutable and thread-safe; the dataset depends only on the random generator's state.
 */
public final class DatasetGenerator implements Gen<ScoDataset> {

  private final int minTerms;
  private final int maxTerms;

  private DatasetGenerator(int minTerms, int maxTerms) {
    this.minTerms = minTerms;
    this.maxTerms = maxTerms;
  }

  /**
   * Datasets with two (or one, for size 1) to {@code size} presidency terms.
   *
   * @param size the largest number of terms, 1 to 60
   * @return the generator
   * @throws IllegalArgumentException if the size is out of range
   */
  public static DatasetGenerator ofSize(int size) {
    checkTerms(size);
    return new DatasetGenerator(Math.min(2, size), size);
  }

  /**
   * Datasets with exactly {@code terms} presidency terms.
   *
   * @param terms 1 to 60
   * @return the generator
   * @throws IllegalArgumentException if the number is out of range
   */
  public static DatasetGenerator withTerms(int terms) {
    checkTerms(terms);
    return new DatasetGenerator(terms, terms);
  }

  private static void checkTerms(int terms) {
    if (terms < 1 || terms > 60) {
      throw new IllegalArgumentException("terms: " + terms + " is not in 1..60");
    }
  }

  /**
   * The smallest number of presidency terms generated.
   *
   * @return the smallest number of terms
   */
  public int minTerms() {
    return minTerms;
  }

  /**
   * The largest number of presidency terms generated.
   *
   * @return the largest number of terms
   */
  public int maxTerms() {
    return maxTerms;
  }

  @Override
  public ScoDataset generate(RandomGenerator random) {
    int terms = minTerms == maxTerms ? minTerms : random.nextInt(minTerms, maxTerms + 1);
    return new DatasetRun(random, terms).build();
  }

  @Override
  public String toString() {
    return "DatasetGenerator[terms " + minTerms + ".." + maxTerms + "]";
  }
}
