package io.github.scosdk.json;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file system for tests that is the default one, except that a file opened for writing fails with
 * {@code IOException("No space left on device")} once the bytes written through this file system reach a budget,
 * as a full disk does part way through a write. Paths of this file system wrap default paths; every operation is
 * delegated to the default provider. (No library on Maven Central offers this: Jimfs and its kin are in-memory file
 * systems that cannot be made to fail part way.)
 */
final class FailingFileSystem extends FileSystem {

  private final FileSystem real;
  private final Provider provider;
  private final AtomicLong budget;
  private final boolean refuseNewFiles;

  /** A file system over the default one that lets {@code budget} bytes be written, in all, then fails. */
  FailingFileSystem(long budget) {
    this(budget, false);
  }

  private FailingFileSystem(long budget, boolean refuseNewFiles) {
    this.real = java.nio.file.FileSystems.getDefault();
    this.budget = new AtomicLong(budget);
    this.refuseNewFiles = refuseNewFiles;
    this.provider = new Provider();
  }

  /**
   * {@return a file system over the default one in which no new file can be made (AccessDeniedException), as in a
   * directory without write permission, also for root, whom the operating system lets write there}
   */
  static FailingFileSystem refusingNewFiles() {
    return new FailingFileSystem(Long.MAX_VALUE, true);
  }

  /** {@return the path of this file system for a default one} */
  Path wrap(Path path) {
    return new FailingPath(this, path);
  }

  private static Path unwrap(Path path) {
    if (!(path instanceof FailingPath)) {
      throw new ProviderMismatchException(String.valueOf(path));
    }
    return ((FailingPath) path).real;
  }

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {}

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return real.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return real.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return wrap(real.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher m = real.getPathMatcher(syntaxAndPattern);
    return p -> m.matches(unwrap(p));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return real.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException();
  }

  /** A channel that writes through to the real file until the budget is spent. */
  private final class BudgetChannel implements SeekableByteChannel {
    private final SeekableByteChannel channel;

    BudgetChannel(SeekableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      int wanted = src.remaining();
      long left = budget.getAndAdd(-wanted);
      if (left <= 0) {
        throw new IOException("No space left on device");
      }
      if (left < wanted) {
        // the part that still fits goes to the disk, as a full disk takes what it has room for
        ByteBuffer part = src.duplicate();
        part.limit(part.position() + (int) left);
        int n = channel.write(part);
        src.position(src.position() + n);
        return n;
      }
      return channel.write(src);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      channel.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      channel.truncate(size);
      return this;
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private final class Provider extends FileSystemProvider {
    private final FileSystemProvider delegate = real.provider();

    @Override
    public String getScheme() {
      return "failing";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      return FailingFileSystem.this;
    }

    @Override
    public Path getPath(URI uri) {
      return wrap(delegate.getPath(uri));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      boolean creates = options.contains(StandardOpenOption.CREATE) || options.contains(StandardOpenOption.CREATE_NEW);
      if (refuseNewFiles && creates && !Files.exists(unwrap(path))) {
        throw new AccessDeniedException(unwrap(path).toString());
      }
      return new BudgetChannel(delegate.newByteChannel(unwrap(path), options, attrs));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
        throws IOException {
      DirectoryStream<Path> entries = delegate.newDirectoryStream(unwrap(dir), p -> filter.accept(wrap(p)));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          Iterator<Path> it = entries.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Path next() {
              return wrap(it.next());
            }
          };
        }

        @Override
        public void close() throws IOException {
          entries.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      delegate.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
      delegate.delete(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      delegate.copy(unwrap(source), unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      delegate.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return delegate.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return delegate.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return delegate.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      delegate.checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
      return delegate.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
        throws IOException {
      return delegate.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      return delegate.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
      delegate.setAttribute(unwrap(path), attribute, value, options);
    }
  }

  /** A default path, seen through the failing file system. */
  private static final class FailingPath implements Path {
    private final FailingFileSystem fs;
    private final Path real;

    FailingPath(FailingFileSystem fs, Path real) {
      this.fs = fs;
      this.real = real;
    }

    private Path wrapOrNull(Path p) {
      return p == null ? null : fs.wrap(p);
    }

    @Override
    public FileSystem getFileSystem() {
      return fs;
    }

    @Override
    public boolean isAbsolute() {
      return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return wrapOrNull(real.getRoot());
    }

    @Override
    public Path getFileName() {
      return wrapOrNull(real.getFileName());
    }

    @Override
    public Path getParent() {
      return wrapOrNull(real.getParent());
    }

    @Override
    public int getNameCount() {
      return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return fs.wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return fs.wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return other instanceof FailingPath && real.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
      return other instanceof FailingPath && real.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
      return fs.wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return fs.wrap(real.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return fs.wrap(real.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return real.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return fs.wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return fs.wrap(real.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
      return real.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FailingPath && ((FailingPath) o).fs == fs && ((FailingPath) o).real.equals(real);
    }

    @Override
    public int hashCode() {
      return real.hashCode();
    }

    @Override
    public String toString() {
      return real.toString();
    }
  }
}
