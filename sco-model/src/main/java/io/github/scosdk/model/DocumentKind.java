package io.github.scosdk.model;

/** The kind of a {@link Document}. */
public enum DocumentKind {
  /** A declaration, such as the summit declaration a Council of Heads of State adopts each year. */
  DECLARATION,
  /** A communiqué, such as the joint communiqué of a Council of Heads of Government meeting. */
  COMMUNIQUE,
  /** A statement issued jointly by several states or bodies. */
  JOINT_STATEMENT,
  /** A statement of one body or meeting on a topic (for example on a conflict or an anniversary). */
  STATEMENT,
  /** A founding charter, such as the SCO Charter of 2002. */
  CHARTER,
  /** A treaty between the member states, such as the Treaty on Long-Term Good-Neighbourliness of 2007. */
  TREATY,
  /** A convention, such as the Shanghai Convention on Combating Terrorism, Separatism and Extremism of 2001. */
  CONVENTION,
  /** An agreement between the member states or between the SCO and another party. */
  AGREEMENT,
  /** A protocol amending or supplementing another document. */
  PROTOCOL,
  /** A strategy, such as the Development Strategy of the SCO until 2025. */
  STRATEGY,
  /** A plan or action plan implementing a strategy or a programme. */
  PLAN,
  /** A programme, such as a programme of multilateral trade and economic cooperation. */
  PROGRAMME,
  /** Regulations that set a procedure, such as the Regulations on Observer Status (2004). */
  REGULATIONS,
  /** A decision of a council, such as granting a status or starting an accession procedure. */
  DECISION,
  /** A memorandum, such as a memorandum of obligations signed by an acceding state. */
  MEMORANDUM
}
