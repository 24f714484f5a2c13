package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import org.junit.jupiter.api.Test;

/**
 * The identifiers of the reference dataset's states and the look-up by name, against facts 2026-12
 * {@code identifiers.tsv} and {@code names.tsv} (the expected values are copied from there, not from the data).
 */
class ReferenceIdentifiersTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  private static State state(String code) {
    return SCO.state(StateCode.of(code)).orElseThrow();
  }

  @Test
  void everyStateHasAllFourIdentifiersWithTheirSources() {
    assertThat(SCO.states()).hasSize(27).allSatisfy(s -> {
      assertThat(s.iso3()).as("%s", s.code()).isPresent();
      assertThat(s.cowCode()).as("%s", s.code()).isPresent();
      assertThat(s.gwCode()).as("%s", s.code()).isPresent();
      assertThat(s.wikidataId()).as("%s", s.code()).isPresent();
      assertThat(s.sources()).contains("OWID-CR", "R-STATES");
    });
  }

  @Test
  void identifiersMatchTheFacts() {
    assertThat(state("CN").iso3()).contains("CHN");
    assertThat(state("CN").cowCode()).hasValue(710);
    assertThat(state("CN").wikidataId()).contains("Q148");
    assertThat(state("KZ").iso3()).contains("KAZ");
    assertThat(state("KZ").cowCode()).hasValue(705);
    assertThat(state("RU").gwCode()).hasValue(365);
    assertThat(state("BY").cowCode()).hasValue(370);
    assertThat(state("TR").wikidataId()).contains("Q43");
    assertThat(state("KH").iso3()).contains("KHM");
    assertThat(state("KH").gwCode()).hasValue(811);
    assertThat(state("AE").iso3()).contains("ARE");
    assertThat(state("AE").wikidataId()).contains("Q878");
    assertThat(state("LA").cowCode()).hasValue(812);
  }

  @Test
  void aStateIsFoundByEachOfItsNames() {
    assertThat(SCO.stateNamed("kgz")).map(State::code).contains(StateCode.of("KG"));
    assertThat(SCO.stateNamed("Кыргызстан")).map(State::code).contains(StateCode.of("KG"));
    assertThat(SCO.stateNamed("Турция")).map(State::code).contains(StateCode.of("TR"));
    assertThat(SCO.stateNamed("蒙古国")).map(State::code).contains(StateCode.of("MN"));
    assertThat(SCO.stateNamed("柬埔寨")).map(State::code).contains(StateCode.of("KH"));
    assertThat(SCO.stateNamed("united arab emirates")).map(State::code).contains(StateCode.of("AE"));
    assertThat(SCO.stateNamed("Лаос")).map(State::code).contains(StateCode.of("LA"));
  }
}
