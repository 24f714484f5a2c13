package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An SCO document (a declaration, communiqué, charter, treaty, convention, plan, decision, memorandum …): its
 * titles per language, named dates (adopted, signed, entered into force), the adopting meeting, the
 * signatories and typed links to other records.
 *
 * <p>At least one title is given and none is blank; signatories are distinct. Whether the adoption date falls
 * within the adopting meeting, or the signatories are members, is checked by the validator. Build with
 * {@link #builder()}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class Document implements ScoRecord, WithDocument {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Document() {}

  /** {@return what kind of document it is} */
  public abstract DocumentKind kind();

  /** {@return the title in each language it is known in, iterated in {@link Language} order (EN, RU, ZH)} */
  public abstract Map<Language, String> titles();

  /** {@return when it was adopted} */
  public abstract Optional<PartialDate> adopted();

  /** {@return when it was signed} */
  public abstract Optional<PartialDate> signed();

  /** {@return when it entered into force} */
  public abstract Optional<PartialDate> inForce();

  /** {@return the id of the meeting that adopted or signed it} */
  public abstract Optional<String> adoptedAt();

  /** {@return the states that signed it} */
  public abstract List<StateCode> signatories();

  /** {@return typed links to other records} */
  public abstract List<DocumentLink> links();

  /** {@return how far the record can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare facts, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * {@return the title in the language, else the English one, else any}
   *
   * @param language the language wanted; not null
   */
  public String title(Language language) {
    String t = titles().get(language);
    if (t == null) {
      t = titles().get(Language.EN);
    }
    return t != null ? t : titles().values().iterator().next();
  }

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, no title or a blank one, a
   * bad adopting-meeting id, a duplicate signatory or link, a bad source id, a blank note.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    checkArgument(!titles().isEmpty(), "titles: at least one title is required for document '%s'", id());
    for (Map.Entry<Language, String> t : titles().entrySet()) {
      Checks.nonBlank("titles." + t.getKey(), t.getValue());
    }
    Checks.idIfPresent("adoptedAt", adoptedAt());
    Checks.noDuplicates("signatories", signatories());
    // links: ordered, not hashed: a link's hash code is its target's, which the input chooses (hash flooding)
    Checks.noDuplicates("links", links(), LinkOrder.INSTANCE);
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /**
   * Links by type, then by target: what {@code Comparator.comparing(DocumentLink::type)
   * .thenComparing(DocumentLink::target)} computes, as a plain class, so that the first document built in a fresh
   * JVM spins no lambda classes for it (issue 17, cold start). Agrees with {@code equals} (type and target).
   */
  static final class LinkOrder implements Comparator<DocumentLink> {
    static final LinkOrder INSTANCE = new LinkOrder();

    @Override
    public int compare(DocumentLink a, DocumentLink b) {
      int byType = a.type().compareTo(b.type());
      return byType != 0 ? byType : a.target().compareTo(b.target());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableDocument.Builder
      implements ScoRecord.Builder<Document, Builder> {
    /** A new, empty builder; prefer {@link Document#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), kind(), titles(), adopted(), signed(), inForce(), adoptedAt(), signatories(), links(), confidence(), note());
  }
}
