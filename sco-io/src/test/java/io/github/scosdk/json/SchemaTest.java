package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the writer emits validates against the shipped JSON Schema (draft 2020-12), checked by networknt's
 * validator (3.x, on Jackson 3: no Jackson 2 on the test class path).
 */
class SchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static JsonNode schemaTree;
  private static Schema datasetSchema;
  private static final Map<String, Schema> RECORD_SCHEMAS = new HashMap<>();

  @BeforeAll
  static void loadSchema() throws Exception {
    String text = ScoJson.schema();
    schemaTree = MAPPER.readTree(text);
    datasetSchema = REGISTRY.getSchema(text);
    for (String def : List.of("meeting", "document", "statusChange", "presidency", "initiative", "official",
        "rotationException", "application", "source", "state", "participant", "dateRange")) {
      ObjectNode s = MAPPER.createObjectNode();
      s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      s.put("$ref", "#/$defs/" + def);
      s.set("$defs", schemaTree.get("$defs"));
      RECORD_SCHEMAS.put(def, REGISTRY.getSchema(s.toString()));
    }
  }

  @Test
  void theSchemaIsDraft2020_12AndDescribesTheFormat() {
    assertThat(schemaTree.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaTree.at("/properties/format/const").asString()).isEqualTo(ScoJson.FORMAT);
  }

  @Test
  void everyWrittenDatasetValidates() {
    for (long seed = 0; seed < 150; seed++) {
      var d = RandomDatasets.dataset(seed);
      assertValid(datasetSchema, ScoJson.standard().toJson(d), seed);
      assertValid(datasetSchema, ScoJson.standard().compact().toJson(d), seed);
    }
  }

  @Test
  void everyWrittenRecordValidatesAgainstItsDefinition() {
    ScoJson json = ScoJson.standard().compact();
    for (long seed = 0; seed < 150; seed++) {
      RandomDatasets g = RandomDatasets.withSeed(seed);
      assertValid(RECORD_SCHEMAS.get("meeting"), json.toJson(g.meeting()), seed);
      assertValid(RECORD_SCHEMAS.get("document"), json.toJson(g.document()), seed);
      assertValid(RECORD_SCHEMAS.get("statusChange"), json.toJson(g.statusChange()), seed);
      assertValid(RECORD_SCHEMAS.get("presidency"), json.toJson(g.presidency()), seed);
      assertValid(RECORD_SCHEMAS.get("initiative"), json.toJson(g.initiative()), seed);
      assertValid(RECORD_SCHEMAS.get("official"), json.toJson(g.official()), seed);
      assertValid(RECORD_SCHEMAS.get("rotationException"), json.toJson(g.rotationException()), seed);
      assertValid(RECORD_SCHEMAS.get("application"), json.toJson(g.application()), seed);
      assertValid(RECORD_SCHEMAS.get("source"), json.toJson(g.source()), seed);
      assertValid(RECORD_SCHEMAS.get("participant"), json.toJson(g.participant()), seed);
      assertValid(RECORD_SCHEMAS.get("dateRange"), json.toJson(g.dateRange()), seed);
    }
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    assertThat(datasetSchema.validate("{\"format\":\"sco-dataset/1\",\"colour\":1}", InputFormat.JSON)).isNotEmpty();
    assertThat(datasetSchema.validate("{\"meetings\":[]}", InputFormat.JSON)).isNotEmpty();
    assertThat(RECORD_SCHEMAS.get("meeting").validate(
            "{\"id\":\"m\",\"body\":\"council_of_heads_of_state\",\"startDate\":\"2025\",\"ordinal\":\"25\"}",
            InputFormat.JSON))
        .isNotEmpty();
    assertThat(RECORD_SCHEMAS.get("dateRange").validate(
            "{\"start\":\"2025\",\"end\":\"2026\",\"ongoing\":true}", InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void schemaEnumsListExactlyTheJsonNamesOfTheModelEnums() {
    Map<String, EnumNames<?>> byDefPath = new HashMap<>();
    byDefPath.put("/$defs/meeting/properties/body", Format.BODY.names());
    byDefPath.put("/$defs/meeting/properties/kind", Format.MEETING_KIND.names());
    byDefPath.put("/$defs/meeting/properties/format", Format.MEETING_FORMAT.names());
    byDefPath.put("/$defs/confidence", Format.CONFIDENCE.names());
    byDefPath.put("/$defs/participant/properties/level", Format.DELEGATION_LEVEL.names());
    byDefPath.put("/$defs/documentLink/properties/type", Format.LINK_TYPE.names());
    byDefPath.put("/$defs/statusChange/properties/status", Format.MEMBERSHIP_STATUS.names());
    byDefPath.put("/$defs/accessionStep/properties/stage", Format.ACCESSION_STAGE.names());
    byDefPath.put("/$defs/document/properties/kind", Format.DOCUMENT_KIND.names());
    byDefPath.put("/$defs/document/properties/titles/propertyNames", Format.LANGUAGE.names());
    byDefPath.put("/$defs/official/properties/post", Format.POST.names());
    byDefPath.put("/$defs/rotationException/properties/kind", Format.ROTATION_EXCEPTION_KIND.names());
    assertThat(byDefPath.values()).containsExactlyInAnyOrderElementsOf(Format.ENUMS.stream().map(JsonType::names).toList());
    byDefPath.forEach(
        (path, names) -> {
          List<String> inSchema = new ArrayList<>();
          for (JsonNode value : schemaTree.at(path + "/enum")) {
            inSchema.add(value.asString());
          }
          assertThat(String.join(", ", inSchema)).as(path).isEqualTo(names.allowed());
        });
  }

  private static void assertValid(Schema schema, String json, long seed) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).as("seed %s: %s", seed, json).isEmpty();
  }
}
