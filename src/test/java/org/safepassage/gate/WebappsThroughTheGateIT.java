package org.safepassage.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.safepassage.support.Chromium;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit for a manager and Admin for the administrator still work behind the allow-list: their
 * pages show what they should, and neither the gate nor the engine's guard refused any call they
 * made on the way.
 * (Tasklist is walked in TasklistWalkIT.)
 */
@PostgresIntegrationTest
@ExtendWith({Chromium.Available.class, OutputCaptureExtension.class})
class WebappsThroughTheGateIT {

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Test
  void aManagerFollowsCasesInCockpit(CapturedOutput log) throws InterruptedException {
    StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    logIn("max", "max-demo");
    visit("/camunda/app/cockpit/default/#/dashboard", "Running Process Instances");
    visit("/camunda/app/cockpit/default/#/processes", "Safe Passage journey");
    chromium.driver().findElement(By.linkText("Safe Passage journey")).click();
    chromium.patiently().until(urlContains("/process-definition/"));
    chromium.patiently().until(textToBePresentInElementLocated(By.tagName("body"), "Process Instances"));
    settle();
    chromium.screenshot("cockpit-through-the-gate");
    assertThat(refusalsIn(log)).as("calls Cockpit made that the gate refused").isEmpty();
  }

  @Test
  void theAdministratorManagesStaffInAdmin(CapturedOutput log) throws InterruptedException {
    logIn("admin", "admin-demo");
    visit("/camunda/app/admin/default/#/users", "ines");
    visit("/camunda/app/admin/default/#/groups", "security-review");
    visit("/camunda/app/admin/default/#/users/ines?tab=groups", "intake");
    visit("/camunda/app/admin/default/#/authorization?resource=0", "camunda-admin");
    visit("/camunda/app/admin/default/#/system?section=system-settings-general", "is up and running");
    visit("/camunda/app/admin/default/#/system?section=system-settings-metrics", "Usage last 12 months");
    chromium.screenshot("admin-through-the-gate");
    assertThat(refusalsIn(log)).as("calls Admin made that the gate refused").isEmpty();
  }

  private void logIn(String user, String password) {
    WebDriver driver = chromium.driver();
    driver.get(base() + "/login");
    chromium.patiently().until(visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login")).click();
    chromium.patiently().until(driver1 -> !driver1.getCurrentUrl().contains("/login"));
  }

  private void visit(String page, String expectedText) throws InterruptedException {
    chromium.driver().get(base() + page);
    chromium.patiently().until(textToBePresentInElementLocated(By.tagName("body"), expectedText));
    settle();
  }

  /** The webapps keep loading (counts, plugins) after the first content shows. */
  private static void settle() throws InterruptedException {
    Thread.sleep(2000);
  }

  private static List<String> refusalsIn(CapturedOutput log) {
    return log.getAll().lines()
        .filter(line -> (line.contains("EngineApiGate") || line.contains("StaffCommandGuard")) && line.contains("Refused"))
        .toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
