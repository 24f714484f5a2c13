package io.github.scosdk.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the design (§2, §7), checked on the compiled production classes of the sco-sdk modules
 * on this module's class path (sco-model, sco-io, sco-data, sco-examples): the model knows nothing of JSON, the rules do not reach the JSON layer,
 * and the packages form no cycle. Each rule is also shown to fail on classes that do break it, so that a rule
 * that matches nothing cannot pass by accident.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.scosdk");
    // the reactor puts the modules' target/classes on the class path, so they are imported as directories;
    // when this module is run against installed jars instead, fall back to importing the jars
    if (production.stream().noneMatch(c -> c.getPackageName().equals("io.github.scosdk.json"))) {
      production =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("io.github.scosdk");
    }
  }

  static final ArchRule MODEL_IMPORTS_NO_JACKSON =
      noClasses()
          .that()
          .resideInAPackage("io.github.scosdk.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
          .because("sco-model knows nothing of JSON: sco-io adapts it to Jackson (design §2)");

  static final ArchRule RULES_DO_NOT_DEPEND_ON_JSON =
      noClasses()
          .that()
          .resideInAPackage("io.github.scosdk.model.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.scosdk.json..", "tools.jackson..", "com.fasterxml..")
          .because("the rules work on the model alone, whatever format it was read from");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("io.github.scosdk.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package is a chapter that reads on its own (style.md)");

  static final ArchRule NO_JAVA_SERIALIZATION =
      noClasses()
          .that()
          .resideInAPackage("io.github.scosdk..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.ObjectInputStream")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.ObjectOutputStream")
          .because("no Java serialization (design §7)");

  static final ArchRule NO_POLYMORPHIC_TYPING =
      noClasses()
          .that()
          .resideInAPackage("io.github.scosdk..")
          .should()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith(
                      "activateDefaultTyping")))
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("PolymorphicTypeValidator")
          .because("no polymorphic default typing and no class names in JSON (design §7)");

  @Test
  void theImportSeesEveryModuleOnTheClassPath() {
    assertThat(production.containPackage("io.github.scosdk.model")).isTrue();
    assertThat(production.containPackage("io.github.scosdk.model.rules")).isTrue();
    assertThat(production.containPackage("io.github.scosdk.json")).isTrue();
    assertThat(production.containPackage("io.github.scosdk.data")).isTrue();
    assertThat(production.containPackage("io.github.scosdk.examples.cli")).isTrue();
    assertThat(production.stream().filter(c -> c.getPackageName().startsWith("io.github.scosdk.model")))
        .hasSizeGreaterThan(50);
  }

  @Test
  void theModelImportsNothingFromJackson() {
    MODEL_IMPORTS_NO_JACKSON.check(production);
  }

  @Test
  void theRulesDoNotDependOnJson() {
    RULES_DO_NOT_DEPEND_ON_JSON.check(production);
  }

  @Test
  void thePackagesFormNoCycle() {
    NO_PACKAGE_CYCLES.check(production);
  }

  @Test
  void nothingUsesJavaSerialization() {
    NO_JAVA_SERIALIZATION.check(production);
  }

  @Test
  void nothingTurnsOnPolymorphicTyping() {
    NO_POLYMORPHIC_TYPING.check(production);
  }

  // ---------------------------------------------------------------- the rules can fail

  @Test
  void theJacksonRuleFailsOnClassesThatUseJackson() {
    ArchRule jsonImportsNoJackson =
        noClasses()
            .that()
            .resideInAPackage("io.github.scosdk.json..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..", "com.fasterxml..");
    EvaluationResult result = jsonImportsNoJackson.evaluate(production);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("tools.jackson.core.JsonParser"));
  }

  @Test
  void theCycleRuleFailsOnACycle() {
    JavaClasses cyclic =
        new ClassFileImporter()
            .importClasses(io.github.scosdk.quality.cycle.a.A.class, io.github.scosdk.quality.cycle.b.B.class);
    EvaluationResult result =
        slices().matching("io.github.scosdk.quality.cycle.(*)..").should().beFreeOfCycles().evaluate(cyclic);
    assertThat(result.hasViolation()).isTrue();
  }
}
