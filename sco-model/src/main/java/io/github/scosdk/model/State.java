package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A state that has, had or may have a status toward the SCO, identified by its ISO code and named as the SCO
 * itself writes it in English, Russian and Chinese («Кыргызстан», «Беларусь», 吉尔吉斯斯坦).
 *
 * <p>The Russian short name is the key of the presidency rotation order (Russian alphabetical order of the
 * names the SCO uses). No name may be blank. Beside the ISO alpha-2 code a state may carry the identifiers other
 * data sets join on: ISO 3166-1 alpha-3 (three capital letters), the Correlates of War and Gleditsch-Ward state
 * numbers (positive) and the Wikidata item ({@code Q} and digits); each is optional and checked for shape. Build with {@link #builder()}; instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class State implements WithState {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  State() {}

  /** {@return the ISO 3166-1 alpha-2 code} */
  public abstract StateCode code();

  /** {@return the English short name, such as {@code Kyrgyzstan}} */
  public abstract String nameEn();

  /** {@return the Russian short name as the SCO writes it, such as {@code Кыргызстан}} */
  public abstract String nameRu();

  /** {@return the Chinese short name as the SCO writes it, such as {@code 吉尔吉斯斯坦}} */
  public abstract String nameZh();

  /** {@return the ISO 3166-1 alpha-3 code, such as {@code CHN}: three capital letters} */
  public abstract Optional<String> iso3();

  /** {@return the Correlates of War state number, such as {@code 710} for China: positive} */
  public abstract OptionalInt cowCode();

  /** {@return the Gleditsch-Ward state number, such as {@code 710} for China: positive} */
  public abstract OptionalInt gwCode();

  /** {@return the Wikidata item, such as {@code Q148} for China: {@code Q} followed by digits, no leading zero} */
  public abstract Optional<String> wikidataId();

  /** {@return ids of the sources for the names and identifiers} */
  public abstract List<String> sources();

  /**
   * {@return the name in the given language}
   *
   * @param language the language wanted (Russian, Chinese, else English); not null
   */
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

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a blank English, Russian or Chinese name,
   * a bad source id, an ISO alpha-3 code that is not three capital letters, a COW or Gleditsch-Ward code below
   * 1, a Wikidata id that is not Q and digits.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.nonBlank("nameEn", nameEn());
    Checks.nonBlank("nameRu", nameRu());
    Checks.nonBlank("nameZh", nameZh());
    Checks.sources(sources());
    // plain ifs, not ifPresent lambdas: see Checks.nonBlankIfPresent
    if (iso3().isPresent()) {
      String v = iso3().get();
      checkArgument(isIso3(v), "iso3: '%s' is not three capital letters", v);
    }
    if (cowCode().isPresent()) {
      checkArgument(cowCode().getAsInt() >= 1, "cowCode: %s is not a positive number", cowCode().getAsInt());
    }
    if (gwCode().isPresent()) {
      checkArgument(gwCode().getAsInt() >= 1, "gwCode: %s is not a positive number", gwCode().getAsInt());
    }
    if (wikidataId().isPresent()) {
      String v = wikidataId().get();
      checkArgument(isWikidataItem(v), "wikidataId: '%s' is not a Wikidata item (Q and digits)", v);
    }
  }

  /**
   * Whether the text is three capital letters A to Z, as {@code [A-Z]{3}} matches: a plain scan rather than
   * {@link String#matches}, which compiles the pattern at every call, for each state a dataset read builds (issue 17,
   * cold start). StateTest holds it equal to the pattern.
   */
  static boolean isIso3(String v) {
    return v.length() == 3 && isCapital(v.charAt(0)) && isCapital(v.charAt(1)) && isCapital(v.charAt(2));
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Whether the text is a Wikidata item, as {@code Q[1-9][0-9]{0,11}} matches: Q, a digit 1 to 9, then at most
   * eleven digits 0 to 9 (a plain scan, see {@link #isIso3}).
   */
  static boolean isWikidataItem(String v) {
    int n = v.length();
    if (n < 2 || n > 13 || v.charAt(0) != 'Q' || v.charAt(1) < '1' || v.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < n; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link State}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableState.Builder {
    /** A new, empty builder; prefer {@link State#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(code(), nameEn(), nameRu(), nameZh(), iso3(), cowCode(), gwCode(), wikidataId(), sources());
  }
}
