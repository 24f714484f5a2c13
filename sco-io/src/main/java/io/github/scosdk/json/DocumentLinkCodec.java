package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.LinkType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link DocumentLink} as {@code {"type": "transfers_presidency", "target": "pres-2025-kg"}}. */
final class DocumentLinkCodec implements Codec<DocumentLink> {

  static final DocumentLinkCodec INSTANCE = new DocumentLinkCodec();

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
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "type":
          seen = once(p, seen, 1, KIND, name);
          type = ReadSupport.enumValue(p, name, ModelEnums.LINK_TYPE);
          break;
        case "target":
          seen = once(p, seen, 2, KIND, name);
          target = ReadSupport.string(p, name);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
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
