package org.safepassage.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.vetting.VettingProcess;
import org.safepassage.visa.ConsularVisaProcess;

/**
 * The contract between the journey and its stages, read from the BPMN files: no stage gets or
 * returns all variables, and the journey routes on exactly the outcomes the stages set, as named
 * by the stages' Outcome constants.
 */
class StageContractTest {

  @Test
  void noCallActivityPassesAllVariables() {
    Collection<CallActivity> stages = model("journey").getModelElementsByType(CallActivity.class);

    assertThat(stages).hasSize(4).allSatisfy(stage -> {
      assertThat(stage.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
          .noneMatch(in -> "all".equals(in.getCamundaVariables()));
      assertThat(stage.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
          .as("%s hands back", stage.getName()).isNotEmpty()
          .noneMatch(out -> "all".equals(out.getCamundaVariables()));
    });
  }

  @Test
  void theJourneyRoutesOnTheOutcomesTheStagesSet() {
    String journeyConditions = String.join(" ", model("journey").getModelElementsByType(ConditionExpression.class)
        .stream().map(ConditionExpression::getTextContent).toList());

    assertThat(journeyConditions).contains(quoted(FirstContactProcess.Outcome.ACCEPTED),
        quoted(VettingProcess.Outcome.APPROVED), quoted(VettingProcess.Outcome.REJECTED),
        quoted(VettingProcess.Outcome.UNREACHABLE), quoted(ConsularVisaProcess.Outcome.GRANTED),
        quoted(ConsularVisaProcess.Outcome.REFUSED), quoted(ConsularVisaProcess.Outcome.NOT_PURSUED),
        quoted(ArrivalProcess.Outcome.PROTECTED), quoted(ArrivalProcess.Outcome.NOT_PROTECTED));
    assertThat(outcomesSetBy("first-contact")).contains(quoted(FirstContactProcess.Outcome.ACCEPTED),
        quoted(FirstContactProcess.Outcome.REFERRED_ELSEWHERE), quoted(FirstContactProcess.Outcome.LOST_CONTACT),
        quoted(FirstContactProcess.Outcome.MERGED));
    assertThat(outcomesSetBy("vetting")).contains(quoted(VettingProcess.Outcome.APPROVED),
        quoted(VettingProcess.Outcome.REJECTED), quoted(VettingProcess.Outcome.UNREACHABLE));
    assertThat(outcomesSetBy("consular-visa")).contains(quoted(ConsularVisaProcess.Outcome.GRANTED),
        quoted(ConsularVisaProcess.Outcome.REFUSED), quoted(ConsularVisaProcess.Outcome.NOT_PURSUED));
    assertThat(outcomesSetBy("arrival")).contains(quoted(ArrivalProcess.Outcome.PROTECTED),
        quoted(ArrivalProcess.Outcome.NOT_PROTECTED));
  }

  private static String outcomesSetBy(String process) {
    List<String> expressions = model(process).getModelElementsByType(CamundaExecutionListener.class).stream()
        .map(CamundaExecutionListener::getCamundaExpression).filter(e -> e != null && e.contains("Outcome'")).toList();
    return String.join(" ", expressions);
  }

  private static String quoted(String value) {
    return "'" + value + "'";
  }

  private static BpmnModelInstance model(String process) {
    InputStream in = StageContractTest.class.getResourceAsStream("/processes/" + process + ".bpmn");
    return Bpmn.readModelFromStream(in);
  }
}
