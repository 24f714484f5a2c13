package io.github.scosdk.tables;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the tables put model values into cells. */
final class Cells {

  private Cells() {}

  /** The day a partial date is placed on: its earliest, as {@code statusOn} places it. */
  static @Nullable LocalDate placed(@Nullable PartialDate date) {
    return date == null ? null : date.earliest();
  }

  /** {@code day}, {@code month} or {@code year}: what is known of the date. */
  static @Nullable String precision(@Nullable PartialDate date) {
    return date == null ? null : Names.snake(date.precision());
  }

  static @Nullable LocalDate placed(Optional<PartialDate> date) {
    return placed(date.orElse(null));
  }

  static @Nullable String precision(Optional<PartialDate> date) {
    return precision(date.orElse(null));
  }

  /** {@code ongoing} or {@code unknown} for a range without a recorded end, null for a bounded one. */
  static @Nullable String openEnd(DateRange range) {
    return range.isBounded() ? null : Names.snake(range.endKind());
  }

  static @Nullable String snake(@Nullable Enum<?> value) {
    return value == null ? null : Names.snake(value);
  }

  /** A cell as CSV text: empty for null, a list joined with {@code ;}, a day in ISO-8601. */
  static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?>) {
      StringBuilder b = new StringBuilder();
      for (Object o : (List<?>) value) {
        b.append(b.length() == 0 ? "" : ";").append(o);
      }
      return b.toString();
    }
    return value.toString();
  }
}
