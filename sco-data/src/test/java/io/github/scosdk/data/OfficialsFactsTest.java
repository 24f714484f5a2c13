package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RangeEnd;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The officials of issue 13 through the public query API ({@code officialOn}, {@code officialsOn}): the
 * Secretary-General on a day in each term, Kasymov as RATS Director with his unknown end (Dzhumanbekov's attested
 * span and confidence: WorkingCalendarFactsTest). Expected values are copied from facts 2026-12 (rotations.tsv, accuracy.tsv 43-55), never from the dataset.
 */
class OfficialsFactsTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "Secretary-General on {0}: {1} ({2})")
  @CsvSource({
    "2005-06-01, Zhang Deguang, CN",
    "2008-06-01, Bolat Nurgaliyev, KZ",
    "2011-06-01, Muratbek Imanaliev, KG",
    "2014-06-01, Dmitry Mezentsev, RU",
    "2017-06-01, Rashid Alimov, TJ",
    "2020-06-01, Vladimir Norov, UZ",
    "2023-06-01, Zhang Ming, CN",
    "2026-03-10, Nurlan Yermekbayev, KZ",
  })
  void theSecretaryGeneralOnADayInEachTerm(String day, String name, String state) {
    assertThat(SCO.officialsOn(Post.SECRETARY_GENERAL, date(day)))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.name()).isEqualTo(name);
          assertThat(o.state()).isEqualTo(cc(state));
        });
    assertThat(SCO.asOf(date(day)).secretaryGeneral().map(Official::name)).contains(name);
  }

  @Test
  void noSecretaryGeneralBeforeTheSecretariatOpenedIn2004() {
    assertThat(SCO.officialsOn(Post.SECRETARY_GENERAL, date("2003-12-31"))).isEmpty();
  }

  @Test
  void kasymovIsRatsDirectorInOctober2006WithAnOpenEnd() {
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2006-10-01")))
        .singleElement()
        .satisfies(k -> {
          assertThat(k.name()).isEqualTo("Vyacheslav Kasymov");
          assertThat(k.state()).isEqualTo(cc("UZ"));
          assertThat(k.term().endKind()).isEqualTo(RangeEnd.UNKNOWN);
          assertThat(k.term().end()).isEmpty();
          assertThat(k.confidence()).isEqualTo(Confidence.MEDIUM);
        });
  }

  @Test
  void kasymovsUnknownEndIsBoundedBySubanovsStartSinceTheDirectorIsOneAtATime() {
    // the record keeps the unknown end; the look-ups end it when the next Director's term starts (2007)
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2006-12-31")))
        .extracting(Official::name)
        .containsExactly("Vyacheslav Kasymov");
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2008-06-01")))
        .extracting(Official::name)
        .containsExactly("Myrzakan Subanov");
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date("2008-06-01")).map(Official::name))
        .contains("Myrzakan Subanov");
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2011-06-01")))
        .extracting(Official::name)
        .containsExactly("Dzhenisbek Dzhumanbekov");
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2006-05-31"))).isEmpty();
  }
}
