package org.safepassage.firstcontact.internal;

import java.util.Optional;

/** Where the duplicate check looks for an earlier case of the same person. */
interface EarlierCases {

  /** The earliest other case sharing a fingerprint with this one, if any. */
  Optional<String> likelyDuplicateOf(String caseNumber);
}
