package org.safepassage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.safepassage.journey.JourneyProcess;

/**
 * The in-memory engine the process tests drive (src/test/resources/process-test.cfg.xml, with
 * the server-side form validation), and what every process test does with it.
 */
public final class ProcessTestEngine {

  /** Not camunda.cfg.xml: that name would give the Spring Boot tests a second engine. */
  public static final String CONFIGURATION = "process-test.cfg.xml";

  public static final String CASE_NUMBER = "SP-TEST-0001";

  private ProcessTestEngine() {
  }

  /**
   * The engine, with the coverage report under target/process-test-coverage/ and a failed build
   * unless the test class takes every element and flow of its processes.
   */
  public static ProcessEngineCoverageExtension withFullCoverage(String... processKeysCoveredElsewhere) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION)
        .assertClassCoverageAtLeast(1.0)
        .excludeProcessDefinitionKeys(processKeysCoveredElsewhere)
        .build();
  }

  /** Starts a process for case SP-TEST-0001 the way the app does: case number as business key. */
  public static ProcessInstance startCase(String processKey) {
    return runtimeService().startProcessInstanceByKey(processKey, CASE_NUMBER,
        Map.of(JourneyProcess.CASE_NUMBER, CASE_NUMBER));
  }

  /** The task is offered to this team and to no other: the role model is a requirement. */
  public static void assertOfferedOnlyTo(Task task, String group) {
    assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId)
        .as("candidate groups of %s", task.getTaskDefinitionKey())
        .containsExactly(group);
  }
}
