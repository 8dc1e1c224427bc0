package org.safepassage.firstcontact.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test double of the fingerprint store for the process tests, which run without the app's
 * database: the real CheckForDuplicates delegate asks it, and a test says beforehand which case
 * duplicates which. The real store is tested on PostgreSQL (DuplicateCheckIT).
 */
public class KnownDuplicates implements EarlierCases {

  private static final Map<String, String> EARLIER_CASE_OF = new ConcurrentHashMap<>();

  public static void caseDuplicates(String caseNumber, String earlierCase) {
    EARLIER_CASE_OF.put(caseNumber, earlierCase);
  }

  public static void forgetAll() {
    EARLIER_CASE_OF.clear();
  }

  @Override
  public Optional<String> likelyDuplicateOf(String caseNumber) {
    return Optional.ofNullable(EARLIER_CASE_OF.get(caseNumber));
  }
}
