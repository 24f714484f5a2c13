package io.github.scosdk.model.rules;

import java.util.List;

/** The ids of the rules of {@link Validator#standard()}, one constant each (design.md §5). */
public final class RuleIds {
  /** Every status change follows the transition graph in force on its date. */
  public static final String MEMBERSHIP_TRANSITION = "membership.transition";
  /** A state's changes are in date order, none before 2001-06-15. */
  public static final String MEMBERSHIP_CHRONOLOGY = "membership.chronology";
  /** A status is used only while it exists. */
  public static final String MEMBERSHIP_STATUS_ERA = "membership.status-era";
  /** An accession step needs a formal status (dialogue partner, observer or partner) in force on its day. */
  public static final String MEMBERSHIP_ACCESSION_NEEDS_STATUS = "membership.accession-needs-status";
  /** Consecutive presidency terms meet exactly: no gap, no overlap. */
  public static final String PRESIDENCY_CONTINUITY = "presidency.continuity";
  /** The presidency holder is a member throughout its term. */
  public static final String PRESIDENCY_HOLDER_IS_MEMBER = "presidency.holder-is-member";
  /** The successor is the next member in SCO Russian alphabetical order, unless a declared exception covers it. */
  public static final String PRESIDENCY_ROTATION_ORDER = "presidency.rotation-order";
  /** The regular summit closing a term is hosted (or organised by video) by that term's holder. */
  public static final String PRESIDENCY_SUMMIT_HOST = "presidency.summit-host";
  /**
   * Each Secretary-General comes from the member after the previous holder's state in SCO Russian alphabetical order
   * (Charter Art. 11), unless a declared exception of the Secretariat covers the term.
   */
  public static final String OFFICIAL_ROTATION_ORDER = "official.rotation-order";
  /** Each Secretary-General term lasts exactly three years, without extension (Charter Art. 11). */
  public static final String OFFICIAL_TERM_LENGTH = "official.term-length";
  /** A CHS, CMFA or CNC meeting is chaired by the presidency holder on its date. */
  public static final String MEETING_CHAIR = "meeting.chair";
  /** Participants are members, partners or declared guests on the meeting's date. */
  public static final String MEETING_PARTICIPANTS_ELIGIBLE = "meeting.participants-eligible";
  /** A document's adoption date falls within the adopting meeting's dates. */
  public static final String DOCUMENT_ADOPTION = "document.adoption";
  /** Signatories are members on the signing date. */
  public static final String DOCUMENT_SIGNATORIES = "document.signatories";
  /** An application is not dated after the meeting that decided it. */
  public static final String APPLICATION_DECIDED_AFTER = "application.decided-after";
  /** Every id reference points to a record that exists. */
  public static final String REFERENCE_RESOLVES = "reference.resolves";
  /** Every record cites at least one existing source with a URL or a title (warning; error in strict mode). */
  public static final String RECORD_SOURCED = "record.sourced";

  /** All of the above, in this order. */
  public static final List<String> STANDARD =
      List.of(
          MEMBERSHIP_TRANSITION,
          MEMBERSHIP_CHRONOLOGY,
          MEMBERSHIP_STATUS_ERA,
          MEMBERSHIP_ACCESSION_NEEDS_STATUS,
          PRESIDENCY_CONTINUITY,
          PRESIDENCY_HOLDER_IS_MEMBER,
          PRESIDENCY_ROTATION_ORDER,
          PRESIDENCY_SUMMIT_HOST,
          OFFICIAL_ROTATION_ORDER,
          OFFICIAL_TERM_LENGTH,
          MEETING_CHAIR,
          MEETING_PARTICIPANTS_ELIGIBLE,
          DOCUMENT_ADOPTION,
          DOCUMENT_SIGNATORIES,
          APPLICATION_DECIDED_AFTER,
          REFERENCE_RESOLVES,
          RECORD_SOURCED);

  private RuleIds() {}
}
