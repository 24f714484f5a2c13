package io.github.scosdk.json;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The records of a JSON Lines input, one per line, read lazily from one parser in constant memory. A record
 * that spans lines or shares a line with another is an error; every failure is a {@link ScoJsonException}
 * whose reason starts with the record number.
 */
final class JsonLinesSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

  private final JsonParser parser;
  private final Codec<T, ?> codec;
  private final Slots slots = new Slots();
  private long record;
  private int lastLine;
  private boolean failed;

  JsonLinesSpliterator(JsonParser parser, Codec<T, ?> codec) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.parser = parser;
    this.codec = codec;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (failed) {
      return false;
    }
    T value;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return false;
      }
      record++;
      int line = parser.currentTokenLocation().getLineNr();
      if (line == lastLine) {
        throw ReadSupport.fail(parser, "starts on line " + line + " after the previous record; one record per line");
      }
      value = codec.read(parser, slots);
      int end = parser.currentTokenLocation().getLineNr();
      if (end != line) {
        throw ReadSupport.fail(parser, "spans lines " + line + " to " + end + "; a record must be on one line");
      }
      lastLine = line;
    } catch (RuntimeException e) {
      failed = true;
      ScoJsonException x = ScoJson.translate(e, parser);
      throw new ScoJsonException(
          "record " + Math.max(record, 1) + ": " + x.reason(), x.pointer(), x.line(), x.column(), x.getCause());
    }
    action.accept(value);
    return true;
  }
}
