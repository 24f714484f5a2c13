package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.LinkType;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link DocumentLink} as {@code {"type": "transfers_presidency", "target": "pres-2025-kg"}}. */
final class DocumentLinkCodec implements Codec<DocumentLink> {

  static final DocumentLinkCodec INSTANCE = new DocumentLinkCodec();

  private static final String[] NAMES = {"type", "target"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "link";
  private static final String[] FIELDS = {"type", "target"};
  private static final SerializableString TYPE = WriteSupport.name("type");
  private static final SerializableString TARGET = WriteSupport.name("target");

  private DocumentLinkCodec() {}

  @Override
  public Class<DocumentLink> type() {
    return DocumentLink.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public DocumentLink read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    LinkType type = null;
    String target = null;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // type
          seen = once(p, seen, 1, KIND, NAMES[match]);
          type = ReadSupport.enumValue(p, NAMES[match], ModelEnums.LINK_TYPE);
          break;
        case 1: // target
          seen = once(p, seen, 2, KIND, NAMES[match]);
          target = ReadSupport.string(p, NAMES[match]);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 3, FIELDS, KIND, start);
    try {
      return DocumentLink.of(type, target);
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, DocumentLink v) {
    g.writeStartObject();
    WriteSupport.enumValue(g, TYPE, ModelEnums.LINK_TYPE, v.type());
    WriteSupport.string(g, TARGET, v.target());
    g.writeEndObject();
  }
}
