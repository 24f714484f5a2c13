package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartCommandTest {

  @TempDir Path dir;

  @Test
  void writesAWellFormedSvgWithOneBandPerStateInOrderOfFirstStatus() throws Exception {
    Path file = dir.resolve("sco.svg");
    Cli.Result r = Cli.run("chart", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Wrote " + file);
    Document svg = Svg.parse(Files.readString(file));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(Svg.NS);
    List<Element> bands = Svg.byClass(svg, "g", "band");
    assertThat(bands).extracting(b -> b.getAttribute("data-state"))
        .containsExactly("CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "IR", "PK", "BY");
    assertThat(Svg.texts(bands.get(0))).containsExactly("China (CN)");
  }

  @Test
  void aBandShowsEachStatusAsARectangleColoredByStatus() throws Exception {
    Document svg = Svg.parse(render(TestData.dataset()));
    Element india = band(svg, "IN");
    List<Element> rects = Svg.byClass(svg, "rect", "status").stream()
        .filter(e -> e.getParentNode() == india).toList();
    assertThat(rects).extracting(e -> e.getAttribute("data-status"))
        .containsExactly("observer", "accession_started", "acceding", "member");
    assertThat(rects.get(3).getAttribute("fill")).isEqualTo(StatusChart.color(MembershipStatus.MEMBER));
    double observerStart = Double.parseDouble(rects.get(0).getAttribute("x"));
    double memberStart = Double.parseDouble(rects.get(3).getAttribute("x"));
    assertThat(memberStart).isGreaterThan(observerStart);
  }

  @Test
  void presidencyTermsAndSummitsRunAlongTheTimeAxis() throws Exception {
    Document svg = Svg.parse(render(TestData.dataset()));
    List<Element> terms = Svg.byClass(svg, "g", "presidency");
    assertThat(terms).extracting(t -> t.getAttribute("data-holder"))
        .containsExactly("KZ", "CN", "KG", "RU", "TJ", "UZ", "IN", "KZ", "CN", "KG");
    List<Element> summits = Svg.byClass(svg, "g", "summit");
    assertThat(summits).extracting(s -> s.getAttribute("data-id")).contains("chs-2025-tianjin", "chs-2020-video");
    assertThat(Svg.byClass(svg, "g", "planned")).isEmpty(); // the 2026 summit lies after "today"
  }

  @Test
  void theLegendNamesEveryStatusShownAndTheMarkers() throws Exception {
    Document svg = Svg.parse(render(TestData.dataset()));
    Element legend = byId(svg, "legend");
    assertThat(Svg.texts(legend)).contains("Legend", "dialogue partner", "observer", "accession started",
        "acceding", "member", "summit (regular Council of Heads of State meeting)", "planned summit")
        .doesNotContain("suspended", "withdrawn", "SCO partner");
  }

  @Test
  void namesWithMarkupCharactersAreEscaped() throws Exception {
    List<State> states = TestData.dataset().states().stream()
        .map(s -> s.code().code().equals("CN") ? State.builder().from(s).nameEn("China <PRC> & 'co'").build() : s)
        .toList();
    String svg = render(TestData.builder().title("Test <&> \"data\"").states(states).build());
    Document doc = Svg.parse(svg);
    assertThat(Svg.texts(band(doc, "CN"))).containsExactly("China <PRC> & 'co' (CN)");
    assertThat(svg).contains("<desc>Test &lt;&amp;&gt; &quot;data&quot;</desc>");
  }

  @Test
  void aPlannedSummitIsDrawnHollow() throws Exception {
    Document svg = Svg.parse(StatusChart.render(TestData.dataset(), ChartCommand.FROM, LocalDate.of(2026, 12, 31)));
    List<Element> planned = Svg.byClass(svg, "g", "planned");
    assertThat(planned).extracting(e -> e.getAttribute("data-id")).containsExactly("chs-2026-bishkek");
    Element marker = (Element) planned.get(0).getElementsByTagNameNS(Svg.NS, "path").item(0);
    assertThat(marker.getAttribute("fill")).isEqualTo("#ffffff");
  }

  @Test
  void theSameDatasetAlwaysGivesTheSameBytes() {
    assertThat(render(TestData.dataset())).isEqualTo(render(TestData.dataset()));
  }

  @Test
  void outIsRequired() {
    Cli.Result r = Cli.run("chart");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("Missing required option", "--out");
  }

  @Test
  void anUnwritableOutputExits2() {
    Path file = dir.resolve("missing").resolve("x.svg");
    Cli.Result r = Cli.run("chart", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco chart: cannot write '" + file + "': no such file or directory\n");
  }

  private static String render(ScoDataset d) {
    return StatusChart.render(d, ChartCommand.FROM, TestData.TODAY);
  }

  private static Element band(Document svg, String state) {
    return byId(svg, "band-" + state);
  }

  private static Element byId(Document svg, String id) {
    NodeList groups = svg.getElementsByTagNameNS(Svg.NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element e = (Element) groups.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no <g id=\"" + id + "\">");
  }
}
