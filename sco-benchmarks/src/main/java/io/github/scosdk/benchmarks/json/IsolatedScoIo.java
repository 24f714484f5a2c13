package io.github.scosdk.benchmarks.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * sco-io and sco-model from the jars of one directory (another build, such as the one on {@code main}), loaded in a
 * class loader of their own that looks in those jars first for the {@code io.github.scosdk} packages and asks the
 * benchmark's class path for everything else (Jackson, Guava). It lets one JMH run measure two builds of sco-io
 * side by side on the same input: both go through this class, so both pay the same call overhead.
 */
public final class IsolatedScoIo {

  private final Object json;
  private final MethodHandle read;
  private final MethodHandle write;

  private IsolatedScoIo(ClassLoader loader) throws Throwable {
    Class<?> scoJson = loader.loadClass("io.github.scosdk.json.ScoJson");
    Class<?> builder = loader.loadClass("io.github.scosdk.json.ScoJson$Builder");
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Object b = lookup.findStatic(scoJson, "builder", MethodType.methodType(builder)).invoke();
    b = lookup.findVirtual(builder, "pretty", MethodType.methodType(builder, boolean.class)).invoke(b, false);
    b = lookup.findVirtual(builder, "maxDocumentLength", MethodType.methodType(builder, long.class)).invoke(b, 1L << 30);
    this.json = lookup.findVirtual(builder, "build", MethodType.methodType(scoJson)).invoke(b);
    this.read = lookup.findVirtual(scoJson, "readDataset", MethodType.methodType(
        loader.loadClass("io.github.scosdk.model.ScoDataset"), byte[].class)).bindTo(json);
    this.write = lookup.findVirtual(scoJson, "toJsonBytes", MethodType.methodType(byte[].class, Object.class))
        .bindTo(json);
  }

  /** The sco-io of the jars in the directory. */
  public static IsolatedScoIo from(Path jars) {
    try (Stream<Path> files = Files.list(jars)) {
      URL[] urls = files.filter(f -> f.toString().endsWith(".jar")).sorted().map(IsolatedScoIo::url).toArray(URL[]::new);
      return new IsolatedScoIo(new JarsFirst(urls, IsolatedScoIo.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Throwable e) {
      throw new IllegalStateException("no sco-io in " + jars, e);
    }
  }

  /** Reads a whole dataset document with that build. */
  public Object read(byte[] utf8) {
    try {
      return read.invoke(utf8);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** Writes a dataset that build read, compact. */
  public byte[] write(Object dataset) {
    try {
      return (byte[]) write.invoke(dataset);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(p.toString(), e);
    }
  }

  /** Looks in its own jars first for the sco-sdk packages. */
  private static final class JarsFirst extends URLClassLoader {
    JarsFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.github.scosdk.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
