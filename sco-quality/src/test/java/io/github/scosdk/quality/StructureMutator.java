package io.github.scosdk.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random structure-level mutations of a dataset document, one record at a time: on the record's tree, a field
 * removed, renamed or added, a value
 * replaced by a value of another type or by a hostile one (a deep nest, an over-long string, a huge number), an
 * element duplicated (a duplicate id), removed or moved, a value moved elsewhere in the tree; and, in the text,
 * a duplicate key, trailing content or a nest far beyond the depth limit. Deterministic for a given
 * {@link SplittableRandom}.
 */
final class StructureMutator {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A field name no document uses; its occurrences in the text are replaced after writing. */
  private static final String MARK = "\u0001mark";

  private final SplittableRandom random;
  private final byte[] document;
  /** The byte offsets [start, end) of every record (every element of a top-level array) in the document. */
  private final List<int[]> records = new ArrayList<>();

  /**
   * A mutator of the document, a {@code sco-dataset/1}-shaped object whose top-level arrays hold the records.
   * A mutant changes one record (parsed alone, mutated as a tree, written back into the unchanged rest of the
   * text), so that making a mutant costs little even for a large document.
   */
  StructureMutator(SplittableRandom random, byte[] document) {
    this.random = random;
    this.document = document;
    try (JsonParser p = MAPPER.createParser(document)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            records.add(new int[] {start, (int) p.currentLocation().getByteOffset()});
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the document has no records to mutate");
    }
  }

  /** A mutant of the document and a description of it. */
  Mutant mutate() {
    int[] at = records.get(random.nextInt(records.size()));
    String recordText = new String(document, at[0], at[1] - at[0], StandardCharsets.UTF_8);
    ArrayNode holder = NODES.arrayNode().add(MAPPER.readTree(recordText));
    List<Place> places = new ArrayList<>();
    collect(holder, "", places);
    StringBuilder what = new StringBuilder("record at byte ").append(at[0]).append(": ");
    String textual = null;
    int ops = 1 + random.nextInt(3);
    for (int i = 0; i < ops; i++) {
      Place place = places.get(random.nextInt(places.size()));
      String done = apply(place, places);
      what.append(done).append("; ");
      if (done.startsWith("text:")) {
        textual = done;
        break;
      }
    }
    String written = random.nextBoolean() ? MAPPER.writeValueAsString(holder)
        : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(holder);
    String mutated = textEdits(written.substring(1, written.length() - 1), textual);
    byte[] middle = mutated.getBytes(StandardCharsets.UTF_8);
    boolean trailing = textual != null && textual.startsWith("text: trailing");
    byte[] tail = trailing ? tail() : new byte[0];
    byte[] out = new byte[at[0] + middle.length + (document.length - at[1]) + tail.length];
    System.arraycopy(document, 0, out, 0, at[0]);
    System.arraycopy(middle, 0, out, at[0], middle.length);
    System.arraycopy(document, at[1], out, at[0] + middle.length, document.length - at[1]);
    System.arraycopy(tail, 0, out, out.length - tail.length, tail.length);
    return new Mutant(out, what.toString().trim());
  }

  private byte[] tail() {
    String[] tails = {" {}", " x", ",", "]", "}", " null", "\n{\"format\":\"sco-dataset/1\"}", " /* c */", "\u0000"};
    return tails[random.nextInt(tails.length)].getBytes(StandardCharsets.UTF_8);
  }

  /** A value in the tree: its container, and its name or index there. */
  private static final class Place {
    final JsonNode container;
    final String name;
    final int index;
    final String pointer;

    Place(JsonNode container, String name, int index, String pointer) {
      this.container = container;
      this.name = name;
      this.index = index;
      this.pointer = pointer;
    }

    JsonNode value() {
      return name != null ? container.get(name) : container.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) container).set(name, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, String pointer, List<Place> places) {
    if (node.isObject()) {
      for (String name : new ArrayList<>(node.propertyNames())) {
        String p = pointer + "/" + name;
        places.add(new Place(node, name, -1, p));
        collect(node.get(name), p, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = pointer + "/" + i;
        places.add(new Place(node, null, i, p));
        collect(node.get(i), p, places);
      }
    }
  }

  private String apply(Place place, List<Place> places) {
    JsonNode value = place.value();
    if (value == null) {
      return "skip " + place.pointer; // removed by an earlier operation
    }
    switch (random.nextInt(11)) {
      case 0:
        if (place.name != null) {
          ((ObjectNode) place.container).remove(place.name);
        } else {
          ((ArrayNode) place.container).remove(place.index);
        }
        return "remove " + place.pointer;
      case 1: {
        JsonNode other = hostile();
        place.set(other);
        return "replace " + place.pointer + " by " + abbreviate(other);
      }
      case 2: {
        JsonNode other = places.get(random.nextInt(places.size())).value();
        if (other != null) {
          place.set(other.deepCopy());
        }
        return "replace " + place.pointer + " by another value of the document";
      }
      case 3:
        if (value.isString()) {
          String s = stringVariant(value.stringValue());
          place.set(NODES.stringNode(s));
          return "change string " + place.pointer + " to '" + abbreviate(NODES.stringNode(s)) + "'";
        }
        place.set(NODES.arrayNode().add(value.deepCopy()));
        return "wrap " + place.pointer + " in an array";
      case 4:
        if (place.name != null) {
          ObjectNode o = (ObjectNode) place.container;
          o.remove(place.name);
          String renamed = rename(place.name);
          o.set(renamed, value);
          return "rename " + place.pointer + " to " + renamed;
        }
        ((ArrayNode) place.container).insert(place.index, value.deepCopy());
        return "duplicate element " + place.pointer;
      case 5:
        if (value.isObject()) {
          ((ObjectNode) value).set(random.nextBoolean() ? "unknown" : "@class", NODES.stringNode("java.util.HashMap"));
          return "add an unknown field to " + place.pointer;
        }
        if (value.isArray() && value.size() > 1) {
          ArrayNode a = (ArrayNode) value;
          JsonNode first = a.remove(0);
          a.add(first);
          return "rotate array " + place.pointer;
        }
        place.set(NODES.nullNode());
        return "null at " + place.pointer;
      case 6:
        if (value.isObject() && !value.propertyNames().isEmpty()) {
          List<String> names = new ArrayList<>(value.propertyNames());
          String name = names.get(random.nextInt(names.size()));
          ((ObjectNode) value).set(MARK, value.get(name).deepCopy());
          return "text: duplicate key " + name + " in " + place.pointer;
        }
        place.set(NODES.stringNode(""));
        return "empty string at " + place.pointer;
      case 7:
        if (value.isArray()) {
          ((ArrayNode) value).removeAll();
          return "empty array " + place.pointer;
        }
        place.set(NODES.numberNode(random.nextInt(-3, 3)));
        return "small number at " + place.pointer;
      case 8:
        place.set(NODES.stringNode(MARK));
        return "text: deep nest at " + place.pointer;
      case 9:
        if (place.container.isArray() && place.container.size() == 1 && value.isObject()) {
          ((ArrayNode) place.container).add(value.deepCopy());
          return "repeat the record (a duplicate id)";
        }
        return "text: trailing content";
      default:
        return "text: trailing content";
    }
  }

  private JsonNode hostile() {
    switch (random.nextInt(12)) {
      case 0: return NODES.nullNode();
      case 1: return NODES.booleanNode(random.nextBoolean());
      case 2: return NODES.numberNode(random.nextLong());
      case 3: return NODES.numberNode(random.nextDouble() * 1e6);
      case 4: return NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40)));
      case 5: return NODES.stringNode("");
      case 6: return NODES.stringNode("x".repeat((1 << 20) + 1));
      case 7: return NODES.arrayNode();
      case 8: return NODES.objectNode();
      case 9: {
        JsonNode n = NODES.arrayNode();
        for (int i = 0; i < 70; i++) {
          n = NODES.arrayNode().add(n);
        }
        return n;
      }
      case 10: return NODES.stringNode("\u0000\ud83d\ude00\u202e");
      default: return NODES.stringNode("2025-02-29");
    }
  }

  private String stringVariant(String s) {
    switch (random.nextInt(8)) {
      case 0: return s.toUpperCase(java.util.Locale.ROOT);
      case 1: return s.toLowerCase(java.util.Locale.ROOT);
      case 2: return s + "x";
      case 3: return s.isEmpty() ? " " : s.substring(0, random.nextInt(s.length()));
      case 4: return " " + s;
      case 5: return s.replace('-', '_');
      case 6: return s.replace("_", "");
      default: return "   ";
    }
  }

  private String rename(String name) {
    switch (random.nextInt(3)) {
      case 0: return Character.toUpperCase(name.charAt(0)) + name.substring(1);
      case 1: return name + "s";
      default: return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
  }

  private String textEdits(String text, String textual) {
    if (textual == null) {
      return text;
    }
    String markKey = "\"" + MAPPER.writeValueAsString(MARK).substring(1);
    if (textual.startsWith("text: duplicate key ")) {
      String name = textual.substring("text: duplicate key ".length(), textual.indexOf(" in "));
      return text.replace(markKey, "\"" + name + "\"");
    }
    if (textual.startsWith("text: deep nest")) {
      int depth = 1_000 + random.nextInt(100_000);
      return text.replace(markKey, "[".repeat(depth) + "]".repeat(random.nextInt(depth)));
    }
    return text; // trailing content: added after the document by mutate()
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
  }
}
