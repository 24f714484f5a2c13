package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormatsTest {

  @Test
  void tableAlignsColumnsByCodePointsAndLeavesNoTrailingSpaces() {
    String t = new TextTable("A", "NAME", "X").row("1", "Кыргызстан", "").row("22", "CN", "last").render();
    assertThat(t).isEqualTo("A   NAME        X\n1   Кыргызстан\n22  CN          last\n");
  }

  @Test
  void tableRejectsARowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> new TextTable("A", "B").row("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 given for 2 columns");
  }

  @Test
  void csvQuotesFieldsWithCommasQuotesAndLineBreaksOnly() {
    String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", "").toString();
    assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
  }

  @Test
  void jsonWritesNestedValuesThatAJsonParserReadsBack() {
    String json = Json.write(g -> {
      g.writeStartObject();
      Json.member(g, "text", "quote \" backslash \\ newline \n tab \t bell \u0007 Кыргызстан");
      Json.member(g, "none", null);
      g.writeNumberProperty("n", 42);
      g.writeBooleanProperty("flag", true);
      Json.strings(g, "empty", java.util.List.of());
      g.writeArrayPropertyStart("list");
      g.writeString("a");
      g.writeStartObject();
      Json.member(g, "k", "v");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
    JsonNode node = JsonMapper.builder().build().readTree(json);
    assertThat(node.get("text").asString()).isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007 Кыргызстан");
    assertThat(node.get("none").isNull()).isTrue();
    assertThat(node.get("n").asInt()).isEqualTo(42);
    assertThat(node.get("flag").asBoolean()).isTrue();
    assertThat(node.get("empty").size()).isZero();
    assertThat(node.get("list").get(1).get("k").asString()).isEqualTo("v");
    assertThat(json).startsWith("{\n  \"text\": ").endsWith("}\n");
  }

  @Test
  void jsonRefusesAValueWithoutANameInsideAnObject() {
    assertThatThrownBy(() -> Json.write(g -> {
      g.writeStartObject();
      g.writeString("x");
    })).isInstanceOf(tools.jackson.core.JacksonException.class)
        .hasMessageContaining("expecting a property name");
  }

  @Test
  void jsonRefusesToPrintAnUnclosedDocument() {
    assertThatThrownBy(() -> Json.write(g -> g.writeStartArray()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("still open");
  }

  @Test
  void xmlEscapeReplacesMarkupCharactersAndForbiddenControls() {
    assertThat(Xml.escape("a<b>&\"c\"'d'\u0001e\uD800f\uD83D\uDE00"))
        .isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\uFFFDe\uFFFDf\uD83D\uDE00");
  }

  @Test
  void messagesAreFoldedOntoOneLine() {
    assertThat(Sco.oneLine("  first\n  second\r\nthird  ")).isEqualTo("first second third");
  }
}
