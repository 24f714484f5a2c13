package io.github.scosdk.data;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chapter 0 of the reference dataset: the source registry, one {@link Source} per line of the tab-separated
 * file {@value #REGISTRY} beside this class (facts §12, facts 2026-12 {@code sources.tsv} and the sources the
 * 2026-12 facts cite).
 *
 * <p>Columns: {@code id}, {@code title}, {@code publisher}, {@code published} (a date at the precision the page
 * gives, or empty), {@code url} (empty where the registry's address is truncated), {@code titleBasis}. The last
 * column says where the title comes from and is not part of the dataset: {@code page} (the page's own title or
 * heading), {@code slug} (the headline as the address spells it), {@code lead} (no heading was visible in the stored
 * copy of the page; the title is the page's first line or the opening words of its lead) or {@code supplied} (no
 * title, heading or lead was found; the title is a plain description of the page, and the release notes list these
 * sources). No title is a bare address, and none is in square brackets.
 */
final class Sources {

  /** The registry file, a test resource in this package. */
  static final String REGISTRY = "source-registry.tsv";

  /** The column {@code titleBasis}: where one source's title comes from. */
  enum TitleBasis {
    PAGE,
    SLUG,
    LEAD,
    SUPPLIED
  }

  /** One line of the registry. */
  record Entry(Source source, TitleBasis basis) {}

  private Sources() {}

  static void addTo(ScoDataset.Builder dataset) {
    for (Entry e : registry()) {
      dataset.addSources(e.source());
    }
  }

  /** Every line of the registry, in file order. */
  static List<Entry> registry() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Sources.class.getResourceAsStream(REGISTRY)) {
      if (in == null) {
        throw new IllegalStateException(REGISTRY + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = r.readLine();
      if (!"id\ttitle\tpublisher\tpublished\turl\ttitleBasis".equals(header)) {
        throw new IllegalStateException(REGISTRY + ": unexpected header " + header);
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        entries.add(parse(line, n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static Entry parse(String line, int n) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new IllegalStateException(REGISTRY + " line " + n + ": expected 6 columns, found " + f.length);
    }
    Source.Builder b = Source.builder().id(f[0]).title(f[1]);
    if (!f[2].isEmpty()) {
      b.publisher(f[2]);
    }
    if (!f[3].isEmpty()) {
      b.published(PartialDate.parse(f[3]));
    }
    if (!f[4].isEmpty()) {
      b.url(f[4]);
    }
    return new Entry(b.build(), TitleBasis.valueOf(f[5].toUpperCase(java.util.Locale.ROOT)));
  }
}
