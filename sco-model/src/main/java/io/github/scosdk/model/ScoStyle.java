package io.github.scosdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages through {@code package-info.java}.
 *
 * <p>Generated implementations ({@code Immutable*}) and their {@code With*} interfaces are package-private: users
 * see the abstract, hand-written type {@code X}, its {@code X.builder()} and {@code X.Builder} (a public final
 * subclass of the generated builder, whose setters are documented there and link to the accessor that documents
 * the attribute) and its {@code with*} copies, all of which return {@code X}; each value type's constructor is
 * package-private, so no value can be made outside its package without passing its checks; collections keep insertion order ({@code jdkOnly}), so that every value
 * iterates, prints and serializes deterministically; collection builders offer singular adders
 * ({@code addParticipant}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"status:status", "confidence:confidence"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    optionalAcceptNullable = false,
    privateNoargConstructor = false)
public @interface ScoStyle {}
