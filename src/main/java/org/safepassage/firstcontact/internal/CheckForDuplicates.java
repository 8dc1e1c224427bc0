package org.safepassage.firstcontact.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safepassage.firstcontact.FirstContactProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkForDuplicates}}: is this person already a case? Compares the case's fingerprints
 * (keyed hashes recorded at opening) with every earlier case's; never opens the vault. It reads
 * an app table in the engine's own (Spring-managed) transaction and writes only a variable, so it
 * runs synchronously: intake sees the case at once.
 */
@Component("checkForDuplicates")
class CheckForDuplicates implements JavaDelegate {

  private final EarlierCases earlierCases;

  CheckForDuplicates(EarlierCases earlierCases) {
    this.earlierCases = earlierCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(FirstContactProcess.POSSIBLE_DUPLICATE_OF,
        earlierCases.likelyDuplicateOf(execution.getProcessBusinessKey()).orElse(null));
  }
}
