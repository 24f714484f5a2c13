package io.github.scosdk.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A state that has, had or may have a status toward the SCO, identified by its ISO code and named as the SCO
 * itself writes it in English, Russian and Chinese («Кыргызстан», «Беларусь», 吉尔吉斯斯坦).
 *
 * <p>The Russian short name is the key of the presidency rotation order (Russian alphabetical order of the
 * names the SCO uses). No name may be blank. Build with {@link #builder()}; instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class State implements WithState {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  State() {}

  /** The ISO 3166-1 alpha-2 code. */
  public abstract StateCode code();

  /** The English short name, such as {@code Kyrgyzstan}. */
  public abstract String nameEn();

  /** The Russian short name as the SCO writes it, such as {@code Кыргызстан}. */
  public abstract String nameRu();

  /** The Chinese short name as the SCO writes it, such as {@code 吉尔吉斯斯坦}. */
  public abstract String nameZh();

  /** Ids of the sources for the names. */
  public abstract List<String> sources();

  /** The name in the given language. */
  public String name(Language language) {
    switch (language) {
      case RU:
        return nameRu();
      case ZH:
        return nameZh();
      default:
        return nameEn();
    }
  }

  @Value.Check
  protected void check() {
    Checks.nonBlank("nameEn", nameEn());
    Checks.nonBlank("nameRu", nameRu());
    Checks.nonBlank("nameZh", nameZh());
    Checks.sources(sources());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link State}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableState.Builder {
    /** A new, empty builder; prefer {@link State#builder()}. */
    public Builder() {}
  }
}
