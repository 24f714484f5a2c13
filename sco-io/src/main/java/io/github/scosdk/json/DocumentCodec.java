package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.Language;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * {@link Document}: id, kind and titles required. {@code titles} is an object keyed by language ({@code en},
 * {@code ru}, {@code zh}), written in that fixed order whatever the insertion order of the map.
 */
final class DocumentCodec implements Codec<Document> {

  static final DocumentCodec INSTANCE = new DocumentCodec();

  private static final String[] NAMES = {"id", "kind", "titles", "adopted", "signed", "inForce", "adoptedAt", "signatories", "links", "confidence", "note", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
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
    Document.Builder b = Document.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // kind
          seen = once(p, seen, 1 << 1, KIND, NAMES[match]);
          b.kind(ReadSupport.enumValue(p, NAMES[match], ModelEnums.DOCUMENT_KIND));
          break;
        case 2: // titles
          seen = once(p, seen, 1 << 2, KIND, NAMES[match]);
          readTitles(p, b);
          break;
        case 3: // adopted
          seen = once(p, seen, 1 << 3, KIND, NAMES[match]);
          b.adopted(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 4: // signed
          seen = once(p, seen, 1 << 4, KIND, NAMES[match]);
          b.signed(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 5: // inForce
          seen = once(p, seen, 1 << 5, KIND, NAMES[match]);
          b.inForce(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 6: // adoptedAt
          seen = once(p, seen, 1 << 6, KIND, NAMES[match]);
          b.adoptedAt(ReadSupport.string(p, NAMES[match]));
          break;
        case 7: // signatories
          seen = once(p, seen, 1 << 7, KIND, NAMES[match]);
          ReadSupport.stateCodes(p, NAMES[match], b::addSignatory);
          break;
        case 8: // links
          seen = once(p, seen, 1 << 8, KIND, NAMES[match]);
          ReadSupport.objects(p, NAMES[match], DocumentLinkCodec.INSTANCE, b::addLink);
          break;
        case 9: // confidence
          seen = once(p, seen, 1 << 9, KIND, NAMES[match]);
          b.confidence(ReadSupport.enumValue(p, NAMES[match], ModelEnums.CONFIDENCE));
          break;
        case 10: // note
          seen = once(p, seen, 1 << 10, KIND, NAMES[match]);
          b.note(ReadSupport.string(p, NAMES[match]));
          break;
        case 11: // sources
          seen = once(p, seen, 1 << 11, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addSource);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 7, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  private static void readTitles(JsonParser p, Document.Builder b) {
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
