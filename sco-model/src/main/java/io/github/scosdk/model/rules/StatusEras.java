package io.github.scosdk.model.rules;

import io.github.scosdk.model.MembershipStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each {@link MembershipStatus} exists, as dated data: a half-open span of days per status.
 *
 * <ul>
 *   <li>{@code OBSERVER}: from 2004-06-17 (Regulations on Observer Status, Tashkent) until the 2025-09-01 merger;
 *   <li>{@code DIALOGUE_PARTNER}: from 2008-08-28 (Regulations on Dialogue Partner Status, Dushanbe) until the
 *       merger;
 *   <li>{@code PARTNER}: from 2025-09-01 (Tianjin Declaration);
 *   <li>every other status: from the founding, 2001-06-15.
 * </ul>
 */
public final class StatusEras {

  /** The founding of the SCO (Declaration on the Establishment, Shanghai). */
  public static final LocalDate FOUNDING = LocalDate.of(2001, 6, 15);
  /** The Regulations on Observer Status were approved (4th CHS, Tashkent). */
  public static final LocalDate OBSERVER_STATUS = LocalDate.of(2004, 6, 17);
  /** The Regulations on Dialogue Partner Status were approved (8th CHS, Dushanbe). */
  public static final LocalDate DIALOGUE_PARTNER_STATUS = LocalDate.of(2008, 8, 28);
  /** Observer and dialogue partner merged into "SCO partner" (Tianjin Declaration, 25th CHS). */
  public static final LocalDate PARTNER_MERGER = LocalDate.of(2025, 9, 1);

  private static final Map<MembershipStatus, LocalDate[]> ERAS = new EnumMap<>(MembershipStatus.class);

  static {
    for (MembershipStatus s : MembershipStatus.values()) {
      ERAS.put(s, new LocalDate[] {FOUNDING, null});
    }
    ERAS.put(MembershipStatus.OBSERVER, new LocalDate[] {OBSERVER_STATUS, PARTNER_MERGER});
    ERAS.put(MembershipStatus.DIALOGUE_PARTNER, new LocalDate[] {DIALOGUE_PARTNER_STATUS, PARTNER_MERGER});
    ERAS.put(MembershipStatus.PARTNER, new LocalDate[] {PARTNER_MERGER, null});
  }

  private StatusEras() {}

  /**
   * {@return the first day the status exists}
   *
   * @param status the status asked about; not null
   */
  public static LocalDate from(MembershipStatus status) {
    return ERAS.get(status)[0];
  }

  /**
   * {@return the first day the status no longer exists, if it ended}
   *
   * @param status the status asked about; not null
   */
  public static Optional<LocalDate> until(MembershipStatus status) {
    return Optional.ofNullable(ERAS.get(status)[1]);
  }

  /**
   * {@return whether the status exists on the day}
   *
   * @param status the status asked about; not null
   * @param day the day asked about; not null
   */
  public static boolean exists(MembershipStatus status, LocalDate day) {
    LocalDate[] era = ERAS.get(status);
    return !day.isBefore(era[0]) && (era[1] == null || day.isBefore(era[1]));
  }
}
