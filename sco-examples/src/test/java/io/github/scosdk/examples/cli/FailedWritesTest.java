package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A write to standard output that fails is one line on standard error and exit 2, never a silent exit 0. */
class FailedWritesTest {

  @ParameterizedTest
  @ValueSource(strings = {"export", "timeline", "validate", "members --format json", "chart --out -"})
  void aFailingStandardOutputExits2WithOneLine(String command) {
    CommandLine cl = Sco.commandLine(TestData.clock(), TestData::dataset);
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new FullDisk()));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(command.split(" "));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sco " + command.split(" ")[0] + ": cannot write standard output\n");
  }

  /** A writer on a full disk: every write fails. */
  private static final class FullDisk extends Writer {
    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }
}
