package io.github.scosdk.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes one model type in the {@code sco-dataset/1} format by hand on the streaming API. Codecs are
 * stateless singletons.
 *
 * @param <T> the model type
 */
interface Codec<T> {

  /** The type it reads and writes. */
  Class<T> type();

  /** The name of the type in messages, such as {@code meeting}. */
  String kind();

  /**
   * Reads one value; the parser is on the value's first token and is left on its last.
   *
   * @throws ScoJsonException if the value breaks the format or the model rejects it
   */
  T read(JsonParser p);

  /** Writes one value. */
  void write(JsonGenerator g, T value);
}
