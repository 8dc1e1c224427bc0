package org.safepassage.arrival.internal;

import java.util.Map;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.journey.CaseMessages;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * Departure and arrival confirmed from outside Tasklist, as messages DepartureConfirmed and
 * ArrivalConfirmed: they end the open confirmation task the way completing it would. Arrival
 * implies departure, so it is taken while either is awaited.
 */
@Service
class TravelConfirmations {

  private final CaseMessages messages;

  TravelConfirmations(CaseMessages messages) {
    this.messages = messages;
  }

  void departed(CaseNumber caseNumber) {
    messages.deliverOrRefuse(caseNumber, ArrivalProcess.DEPARTURE_CONFIRMED_MESSAGE, Map.of(ArrivalProcess.DEPARTED, true),
        "a departure is awaited once logistics has planned the travel, until departure or arrival is confirmed.");
  }

  void arrived(CaseNumber caseNumber) {
    messages.deliverOrRefuse(caseNumber, ArrivalProcess.ARRIVAL_CONFIRMED_MESSAGE, Map.of(ArrivalProcess.ARRIVED_SAFELY, true),
        "an arrival is awaited once logistics has planned the travel, until arrival is confirmed.");
  }
}
