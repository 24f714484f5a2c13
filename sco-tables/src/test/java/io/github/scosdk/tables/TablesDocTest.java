package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/tables.md lists every column of every layout, in order, with the type and meaning the code gives. */
class TablesDocTest {

  @Test
  void theDocsListEveryLayoutAsTheCodeBuildsIt() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "tables.md"), StandardCharsets.UTF_8);
    for (TableShape shape : TableShape.values()) {
      StateYearProfile[] profiles =
          shape == TableShape.STATE_YEAR ? StateYearProfile.values() : new StateYearProfile[] {StateYearProfile.COW_V3};
      for (StateYearProfile profile : profiles) {
        Table t = Reference.table(shape, Reference.options().withProfile(profile));
        StringBuilder block = new StringBuilder("### ").append(shape.cliName());
        if (shape == TableShape.STATE_YEAR) {
          block.append(" --profile ").append(profile.cliName());
        }
        block.append("\n| column | type | meaning |\n|---|---|---|\n");
        for (Column c : t.columns()) {
          block.append("| `").append(c.name()).append("` | ")
              .append(c.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | ")
              .append(c.description()).append(" |\n");
        }
        assertThat(doc).as("docs/tables.md section for %s %s", shape.cliName(), profile.cliName())
            .contains(block.toString());
      }
    }
  }
}
