package org.safepassage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, driven by Debian's chromedriver (Selenium Manager
 * cannot download anything here). Register it as a field ({@code @RegisterExtension}) and put
 * {@code @ExtendWith(Chromium.Available.class)} on the class: every test gets a fresh browser
 * with a fresh profile; when a test fails, its last screen, page source and browser console are
 * kept under target/screenshots/.
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {

  static final Path DRIVER = Path.of(env("SAFEPASSAGE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path BINARY = Path.of(env("SAFEPASSAGE_TEST_CHROMIUM", "/usr/bin/chromium"));

  /** Generous: Tasklist is an Angular app that loads its bundle, plugins and form on demand. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    profile = Files.createTempDirectory("safepassage-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (context.getExecutionException().isPresent() && driver != null) {
        keepEvidence(context.getRequiredTestMethod().getName() + "-failure");
      }
    } finally {
      close();
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait patiently() {
    return new WebDriverWait(driver, PATIENCE);
  }

  /** Saves what the browser shows as target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void keepEvidence(String name) throws IOException {
    screenshot(name);
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    Files.writeString(SCREENSHOTS.resolve(name + "-console.txt"), consoleLog());
  }

  /** The browser console since the last call, one entry a line. */
  private String consoleLog() {
    StringBuilder log = new StringBuilder();
    driver.manage().logs().get(LogType.BROWSER)
        .forEach(entry -> log.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
    return log.toString();
  }

  private void close() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteProfile();
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless.
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * Runs browser tests only where chromedriver and Chromium are installed; otherwise skips them
   * with one line, except under CI=true, where a missing browser is a failure.
   */
  public static final class Available implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      for (Path executable : new Path[] {DRIVER, BINARY}) {
        if (!Files.isExecutable(executable)) {
          String reason = executable + " is not installed: skipping the browser tests";
          if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + reason);
          }
          System.out.println(reason);
          return ConditionEvaluationResult.disabled(reason);
        }
      }
      return ConditionEvaluationResult.enabled("chromedriver and Chromium are installed");
    }
  }
}
