package io.github.scosdk.quality.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user unpacks it: {@code bin/sco} runs from any directory and through a symbolic
 * link, prints the build's version, reads and writes UTF-8 even when the locale is {@code LC_ALL=C}, and answers the
 * same without a home or with class-data sharing off. Its class-data sharing archive: {@link DistributionArchiveTest}.
 */
class DistributionTest extends Distribution {

  @Test
  void printsTheBuildsVersionFromAnotherDirectory(@TempDir Path elsewhere) throws Exception {
    Result r = run(elsewhere, Map.of(), sco.toString(), "--version");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("sco " + VERSION + "\n");
  }

  @Test
  void runsThroughASymbolicLink() throws Exception {
    // inside the unpacked directory, beside its target (JUnit warns about links that leave a temp dir)
    Path bin = Files.createDirectories(unpacked.resolve("user-bin"));
    Path link = Files.createSymbolicLink(bin.resolve("sco"), sco);
    Result r = run(bin, Map.of(), link.toString(), "chair", "--on", "2019-06-14");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("held by Russia (RU)");
  }

  @Test
  void readsCyrillicArgumentsAndWritesUtf8UnderTheCLocale(@TempDir Path dir) throws Exception {
    Result r = run(dir, Map.of("LC_ALL", "C", "LANG", "C"), sco.toString(), "status", "Казахстан");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Kazakhstan (KZ), Казахстан, 哈萨克斯坦");
  }

  @Test
  void aBadArgumentIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
    Result r = run(dir, Map.of("LC_ALL", "C"), sco.toString(), "status", "Атлантида");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown state 'Атлантида'").hasLineCount(1);
  }

  @Test
  void withoutAHomeOrWithSharingOffTheAnswerIsTheSame(@TempDir Path dir) throws Exception {
    Result usual = run(dir, Map.of(), sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(usual.exit()).as(usual.err()).isZero();
    Result off = run(dir, Map.of("SCO_CDS", "off"), sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(off).isEqualTo(usual);
    ProcessBuilder pb =
        new ProcessBuilder(sco.toString(), "chair", "--on", "2019-06-14").directory(dir.toFile());
    pb.environment().remove("HOME");
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().remove("SCO_CDS_DIR");
    // without a home the launcher makes no archive, and no directory in a guessed place
    Path guessed = Path.of("/nonexistent");
    boolean existed = Files.exists(guessed);
    assertThat(run(pb)).isEqualTo(usual);
    assertThat(run(pb)).isEqualTo(usual);
    if (!existed) {
      assertThat(guessed).doesNotExist();
    }
  }
}
