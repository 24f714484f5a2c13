package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick URL scan never accepts what {@link java.net.URI} rejects, and it handles the usual shapes itself. */
class HttpUrlsTest {

  private static final String[] PREFIXES = {"http://", "https://", "HTTPS://", "ftp://", "http:/", "http:", ""};
  private static final String ALPHABET =
      "abcXYZ0189-._~!$&'()*+,;=:@/?#%[]|{}\\^` \"<>\u00e9\u043a\u4e2d\t";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://eng.sectsco.org/",
        "http://en.people.cn/n3/2022/0916/c90000-10148236.html",
        "https://m.78911.com.cn/GongWenXieZuo/479582-2.html",
        "https://tass.com/world/2010381/amp",
        "http://eurasianhome.org/xml/t/databases.xml?lang=en&nic=databases&intorg=9&pid=27&s=-1",
        "https://example.org:8443/a;b=c/%D0%9A?q=1#frag",
        "http://localhost"
      })
  void usualUrlsAreDecidedByTheQuickScan(String url) {
    assertThat(HttpUrls.quickAccept(url)).isTrue();
    assertThat(HttpUrls.viaUri(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://1.2.3.4/", "http://under_score.org/", "http://user@host.org/", "http://host.org./", "http://[::1]/"
      })
  void unusualShapesAreLeftToUri(String url) {
    assertThat(HttpUrls.quickAccept(url)).isFalse();
    assertThat(HttpUrls.isValid(url)).isEqualTo(HttpUrls.viaUri(url));
  }

  @Test
  void theQuickScanNeverAcceptsWhatUriRejects() {
    SplittableRandom random = new SplittableRandom(20261122);
    int quick = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
      int len = random.nextInt(0, 30);
      for (int k = 0; k < len; k++) {
        // mostly host-like characters, so that many candidates pass the scan
        b.append(
            random.nextInt(4) == 0
                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                : "abz09.-/".charAt(random.nextInt(8)));
      }
      String url = b.toString();
      if (HttpUrls.quickAccept(url)) {
        quick++;
        assertThat(HttpUrls.viaUri(url)).as("case %s: '%s'", i, url).isTrue();
      }
      assertThat(HttpUrls.isValid(url)).as("case %s: '%s'", i, url).isEqualTo(HttpUrls.viaUri(url));
    }
    assertThat(quick).as("candidates the scan decided itself (each checked against URI)").isGreaterThan(2_000);
  }
}
