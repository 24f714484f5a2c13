package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the chart to PNG with {@code render-chart.sh} (headless Chromium) and checks that a picture of the
 * SVG's size comes out. Skipped where no browser is installed: the build never needs one.
 */
class RenderChartTest {

  @TempDir Path dir;

  @Test
  void theChartRendersToAPngOfItsOwnSize() throws Exception {
    Assumptions.assumeTrue(browserInstalled(),
        "no headless browser (chromium, chromium-browser or google-chrome on the PATH, or $CHROMIUM):"
            + " skipping the PNG rendering of the chart; install the Debian package 'chromium' to run it");
    Path svg = dir.resolve("sco.svg");
    Cli.Result r = Cli.run("chart", "--out", svg.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path png = dir.resolve("sco.png");

    Process p = new ProcessBuilder("sh", "render-chart.sh", svg.toString(), png.toString())
        .redirectErrorStream(true)
        .start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("render-chart.sh finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG was written").isNotNull();
    String root = Files.readString(svg).lines().filter(l -> l.startsWith("<svg")).findFirst().orElseThrow();
    assertThat(root).contains("width=\"" + image.getWidth() + "\"");
    assertThat(distinctColors(image)).as("the picture is not blank").isGreaterThan(5);
  }

  static boolean browserInstalled() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      return new File(env).canExecute();
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(d -> List.of("chromium", "chromium-browser", "google-chrome").stream().map(b -> new File(d, b)))
        .anyMatch(File::canExecute);
  }

  private static long distinctColors(BufferedImage image) {
    java.util.Set<Integer> colors = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colors.add(image.getRGB(x, y));
      }
    }
    return colors.size();
  }
}
