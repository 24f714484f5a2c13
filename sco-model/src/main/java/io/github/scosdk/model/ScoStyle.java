package io.github.scosdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages through {@code package-info.java}.
 *
 * <p>Generated implementations are named {@code Immutable*}; builders and {@code with*} copies return the
 * abstract, hand-written type; collections keep insertion order ({@code jdkOnly}), so that every value
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
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    optionalAcceptNullable = false,
    privateNoargConstructor = false)
public @interface ScoStyle {}
