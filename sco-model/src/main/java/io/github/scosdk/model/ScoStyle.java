package io.github.scosdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages through {@code package-info.java}.
 *
 * <p>Generated code is no part of the public API: the implementations ({@code Immutable*}), their builders and
 * their {@code With*} interfaces are package-private. Users see the abstract, hand-written type {@code X}, its
 * {@code X.builder()}, {@code X.Builder} (a public final subclass of the generated builder) and its {@code with*}
 * copies, all of which return {@code X}. Each value type's constructor is package-private, so no value can be
 * made outside its package without passing its checks. Javadoc run together with the compiler
 * ({@code mvn compile javadoc:javadoc}) lists every setter on {@code X.Builder} and every copy on {@code X}; the
 * generated comment of each links to the accessor of {@code X}, which documents the attribute (its meaning, its
 * default and what the builder rejects).
 *
 * <p>Collections keep insertion order ({@code jdkOnly}), so that every value iterates, prints and serializes
 * deterministically; collection builders offer singular adders ({@code addParticipant}).
 *
 * <p>Defaults are computed in the constructor without an initialization shim ({@code unsafeDefaultAndDerived}): no
 * default depends on another default, only on mandatory attributes (a meeting's end date on its start date), and
 * accessors then always read the fields that {@code equals} compares, so the hand-written, run-stable
 * {@code hashCode} of each value type agrees with the generated {@code equals} for every state of the object.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"status:status", "confidence:confidence"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    unsafeDefaultAndDerived = true)
public @interface ScoStyle {}
