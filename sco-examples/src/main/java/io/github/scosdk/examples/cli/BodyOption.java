package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --body chs|chg} option of the commands about a chairmanship ({@code chair}, {@code timeline},
 * {@code next-chair}): {@code chs}, the SCO presidency (the Council of Heads of State, the default, so that a command
 * without the option answers as before), or {@code chg}, the chairmanship of the Council of Heads of Government.
 * The names are the bodies' abbreviations, in any case.
 */
final class BodyOption {

  @Option(
      names = "--body",
      paramLabel = "BODY",
      converter = BodyConverter.class,
      description = "chs (the SCO presidency, Council of Heads of State) or chg (the chairmanship of the Council of"
          + " Heads of Government); default: chs.")
  Body body = Body.COUNCIL_OF_HEADS_OF_STATE;

  /** {@return {@code chs} or {@code chg}: the body as this option names it, and as the JSON output writes it} */
  static String name(Body body) {
    return body.abbreviation().toLowerCase(Locale.ROOT);
  }

  /** {@code SCO presidency} or {@code CHG chairmanship}, as the text output names the office. */
  String office() {
    return body == Body.COUNCIL_OF_HEADS_OF_STATE ? "SCO presidency" : body.abbreviation() + " chairmanship";
  }

  /** {@code presidency} or {@code CHG chairmanship}, as the text output names a term of the office. */
  String term() {
    return body == Body.COUNCIL_OF_HEADS_OF_STATE ? "presidency" : body.abbreviation() + " chairmanship";
  }

  /** Reads {@code chs} or {@code chg}, in any case, with a message naming the value and the choices. */
  static final class BodyConverter implements ITypeConverter<Body> {
    @Override
    public Body convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "chs":
          return Body.COUNCIL_OF_HEADS_OF_STATE;
        case "chg":
          return Body.COUNCIL_OF_HEADS_OF_GOVERNMENT;
        default:
          throw new TypeConversionException(
              "'" + value + "' is not a body with a chairmanship: expected chs (the presidency) or chg");
      }
    }
  }
}
