package org.safepassage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.support.StaffApi.Demo;

/** A browser's view without the browser: logs in on our login page and keeps the session. */
public final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client;

  private BrowserSession(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static BrowserSession loggedInAs(String base, Demo user) {
    return loggedInAs(base, user.id, user.password());
  }

  public static BrowserSession loggedInAs(String base, String userId, String password) {
    BrowserSession session = new BrowserSession(base);
    HttpResponse<String> landing = session.postForm("/login", session.csrfOf("/login"),
        "username=" + userId + "&password=" + password);
    assertThat(landing.uri().getPath()).as("after logging in").isNotEqualTo("/login");
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
  }

  /** Posts a form the way a page would, with the page's CSRF token. */
  public HttpResponse<String> postForm(String path, String csrfToken, String form) {
    String body = form + "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** The CSRF token a page carries in its forms. */
  public String csrfOf(String path) {
    Matcher token = CSRF.matcher(get(path).body());
    assertThat(token.find()).as("a CSRF token on " + path).isTrue();
    return token.group(1);
  }

  /** A JSON POST to a Camunda webapp API, with its XSRF cookie echoed as Tasklist does. */
  public HttpResponse<String> postCamundaApi(String path, String json) {
    return callCamundaApi("POST", path, json);
  }

  /** Any call to a Camunda webapp API, sent to exactly this path, as Tasklist would send it. */
  public HttpResponse<String> callCamundaApi(String method, String path, String json) {
    get("/camunda/app/tasklist/default/");
    String xsrf = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
        .findFirst().orElse("");
    HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf)
        .method(method, body).build());
  }

  /**
   * A call to the Camunda webapps' engine API as Tasklist makes it: HAL JSON, the session cookie
   * and the XSRF token echoed; a request taking longer than {@code timeout} fails.
   */
  public HttpResponse<String> tasklistCall(String path, String json, Duration timeout) {
    CookieStore cookies = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore();
    if (cookies.getCookies().stream().noneMatch(cookie -> cookie.getName().equals("XSRF-TOKEN"))) {
      get("/camunda/app/tasklist/default/");
    }
    String xsrf = cookies.getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
        .header("Accept", "application/hal+json, application/json").header("X-XSRF-TOKEN", xsrf);
    return send(json == null ? request.GET().build()
        : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A POST as a page on another site could send it: with our cookies, but no token header. */
  public HttpResponse<String> postCrossSite(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
