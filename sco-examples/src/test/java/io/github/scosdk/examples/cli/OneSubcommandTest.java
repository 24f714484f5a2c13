package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A run of {@link Sco#main} builds the command line with only the subcommand its first argument names
 * ({@link Sco#subcommandsFor}); every answer, help text and error must be the same as with all subcommands.
 */
class OneSubcommandTest {

  static List<List<String>> runs() {
    List<List<String>> runs = new ArrayList<>();
    for (String name : Sco.subcommandNames()) {
      runs.add(List.of(name));
      runs.add(List.of(name, "--help"));
      runs.add(List.of(name, "--version"));
      runs.add(List.of(name, "--no-such-option"));
      runs.add(List.of(name, "--format", "json"));
      runs.add(List.of(name, "--data", "/no/such/file.json"));
    }
    runs.add(List.of("chair", "--on", "2019-06-14"));
    runs.add(List.of("chair", "--on", "2019-06-14", "--format", "csv"));
    runs.add(List.of("chair", "--on", "not-a-day"));
    runs.add(List.of("members", "--on", "2017-06-09"));
    runs.add(List.of("status", "KZ"));
    runs.add(List.of("timeline", "--format", "json"));
    return runs;
  }

  @ParameterizedTest
  @MethodSource("runs")
  void oneSubcommandAnswersAsAllDo(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Cli.Result all = Cli.run(Sco.commandLine(TestData.clock(), TestData::dataset), a);
    Cli.Result one = Cli.run(Sco.commandLine(TestData.clock(), TestData::dataset, Sco.subcommandsFor(a)), a);
    if (!"help".equals(args.get(0))) {
      assertThat(Sco.subcommandsFor(a)).containsExactly(args.get(0));
    }
    assertThat(one).isEqualTo(all);
  }

  @Test
  void helpAndUnknownCommandsGetThemAll() {
    assertThat(Sco.subcommandsFor(new String[0])).containsExactlyElementsOf(Sco.subcommandNames());
    assertThat(Sco.subcommandsFor(new String[] {"help", "chair"})).containsExactlyElementsOf(Sco.subcommandNames());
    assertThat(Sco.subcommandsFor(new String[] {"--help"})).containsExactlyElementsOf(Sco.subcommandNames());
    assertThat(Sco.subcommandsFor(new String[] {"chiar"})).containsExactlyElementsOf(Sco.subcommandNames());
  }

  @Test
  void eachNameIsTheOneItsCommandDeclares() {
    CommandLine all = Sco.commandLine(TestData.clock(), TestData::dataset);
    assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(Sco.subcommandNames());
    all.getSubcommands().forEach((name, sub) -> {
      CommandLine.Command declared = sub.getCommandSpec().userObject().getClass().getAnnotation(CommandLine.Command.class);
      assertThat(declared.name()).as(name).isEqualTo(name);
    });
  }
}
