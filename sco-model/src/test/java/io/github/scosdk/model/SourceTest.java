package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

  private static Source.Builder source() {
    return Source.builder().id("SECT-SEC").title("SCO Secretariat");
  }

  @Test
  void onlyIdAndTitleAreRequired() {
    Source s = source().build();
    assertThat(s.id()).isEqualTo("SECT-SEC");
    assertThat(s.title()).isEqualTo("SCO Secretariat");
    assertThat(s.publisher()).isEmpty();
    assertThat(s.url()).isEmpty();
    assertThat(s.published()).isEmpty();
  }

  @Test
  void keepsPublisherUrlAndPartialPublicationDate() {
    Source s = source().publisher("SCO").url("https://eng.sectsco.org/").published(date("2010-04")).build();
    assertThat(s.publisher()).contains("SCO");
    assertThat(s.url()).contains("https://eng.sectsco.org/");
    assertThat(s.published()).contains(date("2010-04"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-x", "has space", "a/b"})
  void rejectsAnInvalidId(String id) {
    assertRejected(() -> source().id(id).build(), "id", "'" + id + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankTitleOrPublisher(String blank) {
    assertRejected(() -> source().title(blank).build(), "title", "'" + blank + "'");
    assertRejected(() -> source().publisher(blank).build(), "publisher", "'" + blank + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.org",
        "https://example.org/path?q=1#frag",
        "https://eng.sectsco.org/20250901/1.html",
        "http://127.0.0.1:8080/x"
      })
  void acceptsAbsoluteHttpUrls(String url) {
    assertThat(source().url(url).build().url()).contains(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS://EXAMPLE.ORG/", "Http://example.org/x"})
  void acceptsUpperCaseSchemes(String url) {
    assertThat(source().url(url).build().url()).contains(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "www.sectsco.org",
        "/relative/path",
        "//example.org/x",
        "ftp://example.org/file",
        "file:///etc/passwd",
        "mailto:info@example.org",
        "javascript:alert(1)",
        "http://",
        "https:/no-host",
        "https://exa mple.org/",
        "https://example.org/a b",
        "http://[::1"
      })
  void rejectsAnythingButAnAbsoluteHttpUrl(String url) {
    assertRejected(() -> source().url(url).build(), "url", "'" + url + "'");
  }
}
