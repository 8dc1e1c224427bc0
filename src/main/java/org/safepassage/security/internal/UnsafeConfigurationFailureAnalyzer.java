package org.safepassage.security.internal;

import org.safepassage.security.UnsafeConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into the one line that says why, instead of a stack trace. */
class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
    return new FailureAnalysis("Safe Passage refuses to start: " + cause.getMessage(),
        "Fix the configuration named above; see README.md, section Configuration.", cause);
  }
}
