package org.safepassage.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The one home of every-task hooks: a bean implementing this reacts to every user task of every
 * deployed process, so a rule that holds for all tasks lives in one class rather than in each
 * BPMN file. The engine module registers all of them with a single engine plugin (one parse
 * listener), in the order Spring lists the beans; nothing else adds listeners to every task.
 */
public interface TaskHook {

  /**
   * A user task was created: its candidate groups, dates and variables are set, and it is about
   * to be offered. {@code formId} is the id of its Camunda Form, or null.
   */
  default void created(DelegateTask task, String formId) {
  }

  /**
   * A user task is being completed with the submitted variables set. Throwing refuses the
   * completion, and the task stays open.
   */
  default void completing(DelegateTask task, String formId) {
  }
}
