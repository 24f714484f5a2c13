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
  void jsonOutWritesNestedValuesThatAJsonParserReadsBack() {
    String json = new JsonOut().beginObject()
        .member("text", "quote \" backslash \\ newline \n tab \t bell \u0007 Кыргызстан")
        .member("none", null)
        .name("n").value(42)
        .name("flag").value(true)
        .name("empty").beginArray().endArray()
        .name("list").beginArray().value("a").beginObject().member("k", "v").endObject().endArray()
        .endObject()
        .toString();
    JsonNode node = JsonMapper.builder().build().readTree(json);
    assertThat(node.get("text").asString()).isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007 Кыргызстан");
    assertThat(node.get("none").isNull()).isTrue();
    assertThat(node.get("n").asInt()).isEqualTo(42);
    assertThat(node.get("flag").asBoolean()).isTrue();
    assertThat(node.get("empty").size()).isZero();
    assertThat(node.get("list").get(1).get("k").asString()).isEqualTo("v");
  }

  @Test
  void jsonOutRefusesAValueWithoutANameInsideAnObject() {
    assertThatThrownBy(() -> new JsonOut().beginObject().value("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a name");
  }

  @Test
  void jsonOutRefusesToPrintAnUnclosedDocument() {
    assertThatThrownBy(() -> new JsonOut().beginArray().toString())
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
