/**
 * The {@code sco-dataset/1} JSON format for a Jackson 2 {@code ObjectMapper}: {@link
 * io.github.scosdk.jackson2.ScoJackson2Module} reads and writes the SCO model through sco-io's {@code ScoJson}.
 */
@SuppressWarnings("module") // the "2" of the name is Jackson's major version, not a version of this module
module io.github.scosdk.jackson2 {
  requires transitive io.github.scosdk.json;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.scosdk.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      io.github.scosdk.jackson2.ScoJackson2Module;
}
