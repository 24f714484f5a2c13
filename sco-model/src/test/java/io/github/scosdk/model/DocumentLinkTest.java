package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentLinkTest {

  @Test
  void isATypedReferenceToARecordId() {
    DocumentLink link = DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2025-kg");
    assertThat(link.type()).isEqualTo(LinkType.TRANSFERS_PRESIDENCY);
    assertThat(link.target()).isEqualTo("pres-2025-kg");
    assertThat(link).isEqualTo(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2025-kg"));
    assertThat(link).isNotEqualTo(DocumentLink.of(LinkType.GRANTS_STATUS, "pres-2025-kg"));
    assertThat(link).isNotEqualTo(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2026-xx"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-x", "has space", "a/b"})
  void rejectsATargetThatIsNotAnId(String target) {
    assertRejected(() -> DocumentLink.of(LinkType.AMENDS, target), "target", "'" + target + "'");
  }
}
