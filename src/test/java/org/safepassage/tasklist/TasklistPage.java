package org.safepassage.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.support.Chromium;

/**
 * Camunda Tasklist 7.24 as staff use it, behind our own login page. Selectors come from the
 * rendered DOM: the filter column ({@code .task-filter}), the task cards ({@code li.task}, with
 * the filter's variables as {@code .variable-label} / {@code .variable-value}), the task pane
 * ({@code button.claim}, the Camunda Form in {@code .fjs-form}, {@code .form-actions}).
 */
final class TasklistPage {

  private static final By ACTIVE_FILTER = By.cssSelector(".task-filter.active h4.name a");
  private static final By TASK_LIST_LOADER = By.cssSelector("[cam-tasks] > .loader");
  private static final By TASK_LIST_LOADED = By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well");
  private static final By FORM = By.cssSelector("[cam-tasklist-form-camunda] .fjs-form");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private TasklistPage(Chromium chromium) {
    this.driver = chromium.driver();
    this.wait = chromium.patiently();
  }

  /** Opens our login page; {@link #logIn} then fills it in. */
  static void openLoginPage(Chromium chromium, String baseUrl) {
    chromium.driver().get(baseUrl + "/login");
    chromium.patiently().until(visibilityOfElementLocated(By.id("username")));
  }

  /** Logs in on our login page (opening it if needed) and waits until Tasklist shows a task list. */
  static TasklistPage logIn(Chromium chromium, String baseUrl, String user, String password) {
    WebDriver driver = chromium.driver();
    if (!driver.getCurrentUrl().startsWith(baseUrl + "/login")) {
      openLoginPage(chromium, baseUrl);
    }
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login")).click();
    chromium.patiently().until(urlContains("/camunda/app/tasklist/default/"));
    TasklistPage page = new TasklistPage(chromium);
    page.awaitTaskList();
    return page;
  }

  String brandName() {
    return wait.until(visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .brand-name"))).getText();
  }

  WebElement endOfLifeBanner() {
    return driver.findElement(By.cssSelector("[cam-widget-header] .ce-eol-banner"));
  }

  String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  List<String> filterNames() {
    return driver.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .map(this::nameWithoutCounter)
        .toList();
  }

  String selectedFilter() {
    return nameWithoutCounter(wait.until(visibilityOfElementLocated(ACTIVE_FILTER)));
  }

  void selectFilter(String name) {
    if (!name.equals(selectedFilter())) {
      WebElement shownList = driver.findElement(TASK_LIST_LOADED);
      wait.until(elementToBeClickable(By.xpath(
          "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),"
              + literal(name) + ")]"))).click();
      wait.until(driver -> name.equals(selectedFilter()));
      wait.until(stalenessOf(shownList));
      awaitTaskList();
    }
  }

  /** Waits until the list shows the task for that case (the card shows the case number). */
  WebElement awaitTaskCard(String taskName, String caseNumber) {
    return wait.until(visibilityOfElementLocated(taskCard(taskName, caseNumber)));
  }

  boolean showsTaskOf(String caseNumber) {
    return !driver.findElements(By.xpath("//li[contains(@class,'task')]//span[contains(@class,'variable-value')]"
        + "[normalize-space(.)=" + literal(caseNumber) + "]")).isEmpty();
  }

  /** Opens a task by its link, as a colleague would send it, without going through a list. */
  void openLink(String baseUrl, String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  void openTask(String taskName, String caseNumber) {
    awaitTaskCard(taskName, caseNumber).findElement(By.cssSelector("h4.task a")).click();
    wait.until(visibilityOfElementLocated(By.xpath(
        "//div[@cam-tasklist-task]//h2[contains(@class,'task')][normalize-space(.)=" + literal(taskName) + "]")));
    wait.until(visibilityOfElementLocated(FORM));
  }

  void claim() {
    wait.until(elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Ticks a form-js checkbox, found by its label. */
  void tick(String label) {
    WebElement box = formInput("checkbox", label);
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** Chooses a form-js radio option, found by its label. */
  void choose(String optionLabel) {
    formInput("radio", optionLabel).click();
  }

  void complete() {
    wait.until(elementToBeClickable(By.xpath(
        "//div[contains(@class,'form-actions')]/button[normalize-space(.)='Complete']"))).click();
  }

  /** Waits until the list, refreshed by Tasklist after a completion, no longer shows that task. */
  void awaitTaskGone(String taskName, String caseNumber) {
    wait.until(invisibilityOfElementLocated(taskCard(taskName, caseNumber)));
  }

  /** The messages form-js shows under a field, by the field's label. */
  List<String> errorsOfField(String fieldLabel) {
    By errors = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field')]"
        + "[./label[contains(normalize-space(.)," + literal(fieldLabel) + ")]]"
        + "//*[contains(@class,'fjs-form-field-error')]");
    wait.until(visibilityOfElementLocated(errors));
    return driver.findElements(errors).stream().map(WebElement::getText).map(String::strip).toList();
  }

  /** The text of the error Tasklist shows in its notification corner. */
  String errorNotice() {
    return wait.until(visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger"))).getText();
  }

  boolean formIsShown() {
    return !driver.findElements(FORM).isEmpty() && driver.findElement(FORM).isDisplayed();
  }

  private WebElement formInput(String type, String label) {
    return wait.until(elementToBeClickable(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.),"
        + literal(label) + ")]/input[@type=" + literal(type) + "]")));
  }

  private void awaitTaskList() {
    wait.until(and(
        visibilityOfElementLocated(ACTIVE_FILTER),
        invisibilityOfElementLocated(TASK_LIST_LOADER),
        presenceOfElementLocated(TASK_LIST_LOADED)));
  }

  private static By taskCard(String taskName, String caseNumber) {
    return By.xpath("//li[contains(@class,'task')]"
        + "[.//h4[contains(@class,'task')]/a[normalize-space(.)=" + literal(taskName) + "]]"
        + "[.//span[contains(@class,'variable-value')][normalize-space(.)=" + literal(caseNumber) + "]]");
  }

  /** A filter link holds its name as text and, when selected, a counter in its own element. */
  private String nameWithoutCounter(WebElement filterLink) {
    return (String) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(arguments[0].childNodes).filter(n => n.nodeType === Node.TEXT_NODE)"
            + ".map(n => n.textContent).join('').trim();", filterLink);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "") + "'";
  }

  /** Uses Tasklist's own "Log out" (in the user menu) and waits to arrive wherever it leads. */
  void logOutThroughTheUserMenu(String displayName) {
    wait.until(elementToBeClickable(By.partialLinkText(displayName))).click();
    wait.until(elementToBeClickable(By.partialLinkText("Log out"))).click();
    wait.until(urlContains("/login"));
  }
}
