package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Source;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link Source}: id and title required; publisher, url and published optional. */
final class SourceCodec implements Codec<Source> {

  static final SourceCodec INSTANCE = new SourceCodec();

  private static final String[] NAMES = {"id", "title", "publisher", "url", "published"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "source";
  private static final String[] FIELDS = {"id", "title", "publisher", "url", "published"};
  private static final SerializableString TITLE = WriteSupport.name("title");
  private static final SerializableString PUBLISHER = WriteSupport.name("publisher");
  private static final SerializableString URL = WriteSupport.name("url");
  private static final SerializableString PUBLISHED = WriteSupport.name("published");

  private SourceCodec() {}

  @Override
  public Class<Source> type() {
    return Source.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Source read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    Source.Builder b = Source.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // title
          seen = once(p, seen, 2, KIND, NAMES[match]);
          b.title(ReadSupport.string(p, NAMES[match]));
          break;
        case 2: // publisher
          seen = once(p, seen, 4, KIND, NAMES[match]);
          b.publisher(ReadSupport.string(p, NAMES[match]));
          break;
        case 3: // url
          seen = once(p, seen, 8, KIND, NAMES[match]);
          b.url(ReadSupport.string(p, NAMES[match]));
          break;
        case 4: // published
          seen = once(p, seen, 16, KIND, NAMES[match]);
          b.published(ReadSupport.partialDate(p, NAMES[match]));
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
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Source v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.string(g, TITLE, v.title());
    WriteSupport.string(g, PUBLISHER, v.publisher());
    WriteSupport.string(g, URL, v.url());
    WriteSupport.date(g, PUBLISHED, v.published());
    g.writeEndObject();
  }
}
