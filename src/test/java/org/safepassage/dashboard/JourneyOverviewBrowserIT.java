package org.safepassage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.safepassage.support.Chromium;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens Cockpit, finds the Journey overview drawn, and follows a bar of the pipeline
 * into the cases behind it, in headless Chromium. Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
@ExtendWith(Chromium.Available.class)
class JourneyOverviewBrowserIT {

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @LocalServerPort int port;
  @Autowired AgingJourney agingJourney;
  @Autowired CaseVault vault;

  @Test
  void aManagerSeesTheJourneyOverviewInCockpitAndFollowsABarToItsCases() {
    String caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(PersonalField.FULL_NAME, "Browser Person")), "test").value();
    agingJourney.place(caseNumber, AgingJourney.Life.typical(7, Instant.now()));
    String base = "http://localhost:" + port;
    WebDriver driver = chromium.driver();
    driver.get(base + "/login");
    chromium.patiently().until(visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys("max");
    driver.findElement(By.id("password")).sendKeys("max-demo");
    driver.findElement(By.id("login")).click();
    chromium.patiently().until(driver2 -> !driver2.getCurrentUrl().contains("/login"));

    driver.get(base + "/camunda/app/cockpit/default/#/dashboard");
    chromium.patiently().until(presenceOfElementLocated(By.cssSelector("#sp-pipeline a[data-stage]")));
    chromium.patiently().until(presenceOfElementLocated(By.id("sp-flow")));
    assertThat(driver.findElement(By.id("sp-journey-overview")).getText())
        .contains("Journey overview", "Pipeline", "Flow per week", "Time in stage", "Overdue work", "Deadlines in the next 7 days");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("sp-journey-overview")));
    chromium.screenshot("journey-overview-01-cockpit");

    WebElement bar = driver.findElements(By.cssSelector("#sp-pipeline a[data-stage]")).get(0);
    String href = bar.getDomAttribute("href");
    assertThat(href).startsWith("/cases?stage=");
    driver.get(base + href);
    chromium.patiently().until(urlContains("/cases?stage="));
    chromium.patiently().until(visibilityOfElementLocated(By.id("filter")));
    assertThat(driver.findElement(By.id("filter")).getText()).startsWith("Open cases in");
    assertThat(driver.findElements(By.cssSelector("#cases tbody tr"))).isNotEmpty();
    chromium.screenshot("journey-overview-02-cases-behind-a-bar");
  }
}
