package org.safepassage.reminders.internal;

/** The kinds of mail Safe Passage sends, each with its template in src/main/resources/mail/. */
enum MailKind {
  NEW_WORK("new-work"),
  FOLLOW_UP("follow-up"),
  ESCALATION("escalation"),
  DIGEST("digest"),
  SAFETY_ALERT("safety-alert");

  /** The job priority of a mail that must not wait behind others: P0 work, safety alerts. */
  static final int URGENT = 100;
  /** Every other mail's job priority: sent in turn, after the urgent ones. */
  static final int IN_TURN = 0;

  private final String id;

  MailKind(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  static MailKind of(String id) {
    for (MailKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("No mail kind " + id);
  }
}
