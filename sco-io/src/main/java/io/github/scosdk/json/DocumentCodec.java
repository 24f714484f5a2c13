package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.ImmutableDocument;
import io.github.scosdk.model.Language;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;

/**
 * {@link Document}: id, kind and titles required. {@code titles} is an object keyed by language ({@code en},
 * {@code ru}, {@code zh}), written in that fixed order whatever the insertion order of the map.
 */
final class DocumentCodec implements Codec<Document> {

  static final DocumentCodec INSTANCE = new DocumentCodec();

  private static final String KIND = "document";
  private static final String[] FIELDS = {
    "id", "kind", "titles", "adopted", "signed", "inForce", "adoptedAt", "signatories", "links", "confidence",
    "note", "sources"
  };
  private static final Language[] LANGUAGES = Language.values();
  private static final SerializableString DOCUMENT_KIND = WriteSupport.name("kind");
  private static final SerializableString TITLES = WriteSupport.name("titles");
  private static final SerializableString ADOPTED = WriteSupport.name("adopted");
  private static final SerializableString SIGNED = WriteSupport.name("signed");
  private static final SerializableString IN_FORCE = WriteSupport.name("inForce");
  private static final SerializableString ADOPTED_AT = WriteSupport.name("adoptedAt");
  private static final SerializableString SIGNATORIES = WriteSupport.name("signatories");
  private static final SerializableString LINKS = WriteSupport.name("links");

  private DocumentCodec() {}

  @Override
  public Class<Document> type() {
    return Document.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Document read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutableDocument.Builder b = Document.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "kind":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.kind(ReadSupport.enumValue(p, name, ModelEnums.DOCUMENT_KIND));
          break;
        case "titles":
          seen = once(p, seen, 1 << 2, KIND, name);
          readTitles(p, b);
          break;
        case "adopted":
          seen = once(p, seen, 1 << 3, KIND, name);
          b.adopted(ReadSupport.partialDate(p, name));
          break;
        case "signed":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.signed(ReadSupport.partialDate(p, name));
          break;
        case "inForce":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.inForce(ReadSupport.partialDate(p, name));
          break;
        case "adoptedAt":
          seen = once(p, seen, 1 << 6, KIND, name);
          b.adoptedAt(ReadSupport.string(p, name));
          break;
        case "signatories":
          seen = once(p, seen, 1 << 7, KIND, name);
          ReadSupport.stateCodes(p, name, b::addSignatory);
          break;
        case "links":
          seen = once(p, seen, 1 << 8, KIND, name);
          ReadSupport.objects(p, name, DocumentLinkCodec.INSTANCE, b::addLink);
          break;
        case "confidence":
          seen = once(p, seen, 1 << 9, KIND, name);
          b.confidence(ReadSupport.enumValue(p, name, ModelEnums.CONFIDENCE));
          break;
        case "note":
          seen = once(p, seen, 1 << 10, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 1 << 11, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 7, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  private static void readTitles(JsonParser p, ImmutableDocument.Builder b) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw fail(p, "titles: expected an object keyed by language, was " + ReadSupport.describe(p));
    }
    int seen = 0;
    String key;
    while ((key = p.nextName()) != null) {
      Language language = ModelEnums.LANGUAGE.parse(key);
      if (language == null) {
        throw fail(p, "titles: '" + ReadSupport.quote(key) + "' is not one of " + ModelEnums.LANGUAGE.allowed());
      }
      seen = once(p, seen, 1 << language.ordinal(), "titles", key);
      b.putTitle(language, ReadSupport.string(p, key));
    }
  }

  @Override
  public void write(JsonGenerator g, Document v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.enumValue(g, DOCUMENT_KIND, ModelEnums.DOCUMENT_KIND, v.kind());
    g.writeName(TITLES);
    g.writeStartObject();
    Map<Language, String> titles = v.titles();
    for (Language language : LANGUAGES) {
      String title = titles.get(language);
      if (title != null) {
        g.writeName(ModelEnums.LANGUAGE.name(language));
        g.writeString(title);
      }
    }
    g.writeEndObject();
    WriteSupport.date(g, ADOPTED, v.adopted());
    WriteSupport.date(g, SIGNED, v.signed());
    WriteSupport.date(g, IN_FORCE, v.inForce());
    WriteSupport.string(g, ADOPTED_AT, v.adoptedAt());
    WriteSupport.states(g, SIGNATORIES, v.signatories());
    WriteSupport.objects(g, LINKS, DocumentLinkCodec.INSTANCE, v.links(), false);
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
