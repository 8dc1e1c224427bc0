package org.safepassage.casenumber;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case file has this number, or it has been erased. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseFileNotFoundException extends RuntimeException {

  public CaseFileNotFoundException(String caseNumber) {
    super("No case file " + caseNumber);
  }

  /** For text that is not even a case number: it is not echoed back, it may be anything. */
  public static CaseFileNotFoundException unknownNumber() {
    return new CaseFileNotFoundException("with that number");
  }
}
