package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ScoJson#write(Object, Path)} writes a temporary file beside the target and moves it into place: never a
 * half file, the old one kept when the write fails.
 */
class AtomicFileWriteTest {

  private static final String OLD = "{\"format\":\"sco-dataset/1\"}\n";

  @TempDir Path dir;

  @Test
  void theNewDocumentIsWrittenBesideTheTargetSoADirectoryThatRefusesNewFilesKeepsTheOldFile() throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, OLD);
    ScoDataset dataset = ScoJson.standard().readDataset(OLD.replace("}", ",\"meetings\":[]}"));
    dir.toFile().setWritable(false);
    try {
      // root may still create files in a read-only directory: a file system that refuses new files stands in
      Path target = Files.isWritable(dir) ? FailingFileSystem.refusingNewFiles().wrap(file) : file;
      assertThatThrownBy(() -> ScoJson.standard().write(dataset, target)).isInstanceOf(ScoJsonException.class);
    } finally {
      dir.toFile().setWritable(true);
    }
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void theOldFileIsNeverWrittenIntoButReplacedByAWholeNewOne(@TempDir Path elsewhere) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, OLD);
    Path oldFile = Files.createLink(elsewhere.resolve("old.json"), file);
    ScoDataset dataset = ScoJson.standard().readDataset(OLD.replace("}", ",\"meetings\":[]}"));
    ScoJson.standard().write(dataset, file);
    // writing in place (truncate, then write) would have changed the old file, seen here through a hard link
    assertThat(Files.readString(oldFile)).isEqualTo(OLD);
    assertThat(Files.readAllBytes(file)).isEqualTo(ScoJson.standard().toJsonBytes(dataset));
  }

  @Test
  void aSuccessfulWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, "garbage that is longer than the new document, to show it is not overwritten in place");
    ScoDataset dataset = ScoJson.standard().readDataset(OLD);
    ScoJson.standard().write(dataset, file);
    assertThat(ScoJson.standard().readDataset(file)).isEqualTo(dataset);
    assertThat(Files.readAllBytes(file)).isEqualTo(ScoJson.standard().toJsonBytes(dataset));
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void aRelativePathIsWrittenInItsOwnDirectory() throws IOException {
    Path file = Path.of("target", "atomic-write-" + ProcessHandle.current().pid() + ".json");
    try {
      ScoJson.standard().write(ScoJson.standard().readDataset(OLD), file);
      assertThat(ScoJson.standard().readDataset(file).meetings()).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @ParameterizedTest(name = "the disk fills after {0} bytes")
  @ValueSource(longs = {0, 1, 1000, 4000, 7000})
  void aFileSystemThatFailsPartWayLeavesTheOldFileWholeAndNoTemporaryFile(long room) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, OLD);
    ScoDataset golden = GoldenExample.dataset();
    byte[] whole = ScoJson.standard().toJsonBytes(golden);
    assertThat(whole.length).as("the document is longer than the room on the disk").isGreaterThan((int) room + 1000);
    FailingFileSystem full = new FailingFileSystem(room);

    assertThatThrownBy(() -> ScoJson.standard().write(golden, full.wrap(file)))
        .isInstanceOf(ScoJsonException.class)
        .hasMessageContaining("No space left on device");
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(filesIn(dir)).containsExactly(file);

    // the same write with room enough goes through the same file system and replaces the file whole
    ScoJson.standard().write(golden, new FailingFileSystem(whole.length).wrap(file));
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  private static java.util.List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
