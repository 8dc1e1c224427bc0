package org.safepassage.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A hook on every call activity of every deployed process, registered by the engine module the
 * way {@link TaskHook}s are (one parse listener adding built-in execution listeners): it runs in
 * the engine's transaction when a call activity starts and when it ends, whether it completes or
 * is cancelled (a modification, an interrupting event, a deleted instance). Built-in listeners
 * run even when a command skips custom listeners.
 */
public interface CallActivityHook {

  /** The call activity {@code activityId} of process {@code processKey} started on {@code execution}. */
  default void started(String processKey, String activityId, DelegateExecution execution) {
  }

  /** The call activity ended, completed or cancelled; its outputs (if completed) are already mapped. */
  default void ended(String processKey, String activityId, DelegateExecution execution) {
  }
}
