package org.safepassage.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session, without the browser: logs in on the login page (cookies and CSRF token
 * as a browser would carry them) and then asks for pages, following no redirect, so a test sees
 * when the app sends it back to the login.
 */
public final class BrowserLogin {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final Map<String, String> cookies = new HashMap<>();

  private BrowserLogin(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Logs in through the login form; fails the test unless the login was accepted. */
  public static BrowserLogin as(int port, String user, String password) {
    BrowserLogin browser = new BrowserLogin(port);
    HttpResponse<String> page = browser.get("/login");
    Matcher token = CSRF.matcher(page.body());
    if (!token.find()) {
      throw new AssertionError("The login page carries no CSRF token");
    }
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    HttpResponse<String> login = browser.send(browser.request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    String landing = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || landing.contains("/login")) {
      throw new AssertionError("Login as " + user + " was refused: " + login.statusCode() + " " + landing);
    }
    return browser;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** Whether this request was answered as for a logged-in user (not sent to the login, not refused). */
  public boolean stillLoggedIn(String path) {
    HttpResponse<String> response = get(path);
    return response.statusCode() == 200;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json");
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
      builder.header("Cookie", header.toString());
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        Matcher cookie = COOKIE.matcher(setCookie);
        if (cookie.find()) {
          cookies.put(cookie.group(1), cookie.group(2));
        }
      }
      return response;
    } catch (IOException e) {
      throw new AssertionError("The app did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
