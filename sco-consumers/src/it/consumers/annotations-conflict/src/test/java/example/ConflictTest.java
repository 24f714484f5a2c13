package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without sco-bom, a BOM that manages jackson-annotations 2.18 (Spring Boot 3.4's does) puts it beside
 * Jackson 3.2, which needs 2.21 or later: the first bean a mapper introspects fails with
 * NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs. This is the failure sco-bom prevents
 * (see own-mapper, which imports it first).
 */
class ConflictTest {

  record Row(String id) {}

  @Test
  void jacksonAnnotationsIsTheOlderOne() {
    assertEquals("2.18.2", JsonProperty.class.getPackage().getImplementationVersion());
  }

  @Test
  void aUsersMapperFailsWithNoClassDefFoundError() {
    Throwable t = assertThrows(Throwable.class,
        () -> JsonMapper.builder().findAndAddModules().build().writeValueAsString(new Row("a")));
    while (t != null && !(t instanceof NoClassDefFoundError)) {
      t = t.getCause();
    }
    assertTrue(t != null && t.getMessage().contains("JsonSerializeAs"), "NoClassDefFoundError: JsonSerializeAs");
  }
}
