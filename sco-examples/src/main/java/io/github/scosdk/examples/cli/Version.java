package io.github.scosdk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code sco --version}: the Maven project version recorded at build time. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("sco-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "sco " + p.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
