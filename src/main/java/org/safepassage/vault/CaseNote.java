package org.safepassage.vault;

import java.time.Instant;

/** A free-text note in a case file, written during a task. Its text never leaves the vault. */
public final class CaseNote {

  private final String taskName;
  private final String text;
  private final Instant writtenAt;
  private final String writtenBy;

  public CaseNote(String taskName, String text, Instant writtenAt, String writtenBy) {
    this.taskName = taskName;
    this.text = text;
    this.writtenAt = writtenAt;
    this.writtenBy = writtenBy;
  }

  public String taskName() {
    return taskName;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String writtenBy() {
    return writtenBy;
  }

  @Override
  public String toString() {
    return "CaseNote by " + writtenBy + " at " + writtenAt + " (text withheld)";
  }
}
