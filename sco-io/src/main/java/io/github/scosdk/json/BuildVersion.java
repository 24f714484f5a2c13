package io.github.scosdk.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of sco-io, as the build recorded it in {@code sco-io-version.properties}. */
final class BuildVersion {

  static final String GROUP_ID = "io.github.sco-sdk";
  static final String ARTIFACT_ID = "sco-io";

  /** The recorded version, such as {@code 0.1.0-SNAPSHOT}. */
  static final String TEXT = load();

  /** The recorded version as Jackson represents module versions. */
  static final Version JACKSON = VersionUtil.parseVersion(TEXT, GROUP_ID, ARTIFACT_ID);

  private BuildVersion() {}

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("sco-io-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("sco-io-version.properties is missing from the sco-io jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("sco-io-version.properties cannot be read", e);
    }
    String v = p.getProperty("version", "");
    if (v.isBlank() || v.startsWith("$")) {
      throw new IllegalStateException("sco-io-version.properties: version '" + v + "' was not set by the build");
    }
    return v;
  }
}
