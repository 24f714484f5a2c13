package io.github.scosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembersOnADateTest {

  @Test
  void printsMembersInRotationOrderPartnersAndPresidency() {
    String printed = Printed.by(out -> MembersOnADate.print(TestData.dataset(), LocalDate.of(2017, 6, 9), out));
    assertThat(printed).isEqualTo(String.join("\n",
        "The SCO on 2017-06-09",
        "  members (8): India, Kazakhstan, China, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan",
        "  observer (2): Iran, Belarus",
        "  presidency: China [2017-06-09, 2018-06-10)",
        ""));
  }

  @Test
  void onTheReferenceDatasetIndiaAndPakistanAreMembersFromTheAstanaSummit() {
    String before = Printed.by(out -> MembersOnADate.print(ScoReference.dataset(), LocalDate.of(2017, 6, 8), out));
    String on = Printed.by(out -> MembersOnADate.print(ScoReference.dataset(), LocalDate.of(2017, 6, 9), out));
    assertThat(before).contains("members (6)");
    assertThat(on).contains("members (8)", "India", "Pakistan");
  }

  @Test
  void mainRuns() {
    assertThat(Printed.byMain(() -> MembersOnADate.main(new String[] {"2024-07-04"}))).contains("members (10)", "Belarus");
  }
}
