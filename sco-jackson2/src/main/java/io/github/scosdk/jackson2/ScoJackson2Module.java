package io.github.scosdk.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoModule;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.util.List;

/**
 * A Jackson 2 module that maps the SCO model to its {@code sco-dataset/1} JSON form, for users whose mapper is a
 * Jackson 2 {@code ObjectMapper} (Spring Boot 3): {@code new ObjectMapper().registerModule(new
 * ScoJackson2Module())}, or found through {@link java.util.ServiceLoader} by {@code findAndRegisterModules()}.
 *
 * <p>Every type that {@link ScoJson} reads and writes is covered: the dataset, each record and each part
 * ({@link #TYPES}). A value is written by {@code ScoJson} (compact, then handed to the Jackson 2 generator as one
 * raw value, so the mapper's indentation does not reach inside it) and read by {@code ScoJson} from the value's
 * JSON tree, with all the format's checks. A reading fault is thrown as a Jackson 2 {@code JsonMappingException}
 * whose message names the JSON pointer inside the value and the reason, with the {@code ScoJsonException} as its
 * cause, so that a web framework maps it to a 400 like its own errors.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class ScoJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The model types the module reads and writes: the same as {@link ScoJson}'s. */
  public static final List<Class<?>> TYPES =
      List.of(ScoDataset.class, State.class, Source.class, StatusChange.class, Meeting.class, Presidency.class,
          Document.class, Initiative.class, Official.class, RotationException.class, Application.class, Participant.class,
          Venue.class, DocumentLink.class, DateRange.class);

  /** A new module (a service-loader provider needs a public no-argument constructor). */
  public ScoJackson2Module() {
    super("sco-dataset-1-jackson2", buildVersion());
    ScoJson json = ScoJson.standard().compact();
    for (Class<?> type : TYPES) {
      register(type, json);
    }
  }

  private <T> void register(Class<T> type, ScoJson json) {
    addSerializer(type, new ScoJsonSerializer<>(type, json));
    addDeserializer(type, new ScoJsonDeserializer<>(type, json));
  }

  /**
   * The module's version: sco-io's, which the build records.
   *
   * @return the version, as Jackson 2 represents it
   */
  static Version buildVersion() {
    tools.jackson.core.Version v = new ScoModule().version();
    return VersionUtil.parseVersion(v.toString(), v.getGroupId(), "sco-jackson2");
  }
}
