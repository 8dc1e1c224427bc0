package org.safepassage.engine;

import java.util.Set;

/**
 * What the staff command guard needs to know of the deployed Camunda Forms: which variables a
 * form may set. The forms module answers it (its catalog of the {@code .form} files), so the
 * engine's rules need not know how forms are read.
 */
public interface FormFields {

  /** The keys of the form's fields; empty for an unknown form. */
  Set<String> fieldKeysOf(String formId);
}
