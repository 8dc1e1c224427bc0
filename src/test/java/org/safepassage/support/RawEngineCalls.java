package org.safepassage.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.safepassage.support.StaffApi.Demo;

/**
 * Calls to /engine-rest sent to exactly the path given, with HTTP Basic: no client-side
 * re-encoding, so trailing slashes, %-escapes, {@code ;} parameters and {@code //} arrive as sent.
 */
public final class RawEngineCalls {

  private final String base;
  private final String authorization;
  private final HttpClient client = HttpClient.newHttpClient();

  private RawEngineCalls(String base, Demo user) {
    this.base = base;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user.id + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
  }

  public static RawEngineCalls as(String base, Demo user) {
    return new RawEngineCalls(base, user);
  }

  public HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
          .header("Content-Type", "application/json").header("Accept", "application/json").method(method, body).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
