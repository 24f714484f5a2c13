package io.github.scosdk.quality;

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
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.util.List;

/**
 * The record and part types of the format that a fuzz input can choose with one byte: {@code A} (65) is the
 * first, and every byte value maps to a type (byte modulo the count), so that no input is wasted.
 */
final class RecordTypes {

  static final List<Class<?>> ALL =
      List.of(
          State.class, // A
          Source.class, // B
          StatusChange.class, // C
          Meeting.class, // D
          Presidency.class, // E
          Document.class, // F
          Initiative.class, // G
          Official.class, // H
          RotationException.class, // I
          Participant.class, // J
          Venue.class, // K
          DocumentLink.class, // L
          DateRange.class, // M
          Application.class); // N

  private RecordTypes() {}

  /** The type chosen by a selector byte. */
  static Class<?> of(byte selector) {
    return ALL.get(Math.floorMod((selector & 0xff) - 'A', ALL.size()));
  }
}
