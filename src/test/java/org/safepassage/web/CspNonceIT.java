package org.safepassage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin load with scripts the browser will run: each page's script tags
 * carry the nonce of its own Content-Security-Policy header, however many pages load at once.
 */
@PostgresIntegrationTest
class CspNonceIT {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
  private static final List<String> PAGES =
      List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/");

  @LocalServerPort
  int port;

  @Test
  void twoHundredPageLoadsTwentyAtATimeEachCarryTheirOwnNonce() throws Exception {
    BrowserSession max = BrowserSession.loggedInAs("http://localhost:" + port, Demo.MAX);
    // The Admin webapp is the administrator's only (application-demo.yml).
    BrowserSession admin = BrowserSession.loggedInAs("http://localhost:" + port, "admin", "admin-demo");
    ExecutorService browsers = Executors.newFixedThreadPool(20);
    try {
      List<Future<String>> loads = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String page = PAGES.get(i % PAGES.size());
        BrowserSession session = page.contains("/admin/") ? admin : max;
        loads.add(browsers.submit(() -> mismatch(page, session.get(page))));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<String> load : loads) {
        String mismatch = load.get();
        if (mismatch != null) {
          mismatches.add(mismatch);
        }
      }
      assertThat(mismatches).as("pages whose scripts the browser would refuse").isEmpty();
    } finally {
      browsers.shutdownNow();
    }
  }

  /** Why the browser would refuse this page's scripts, or null when it would run them all. */
  private static String mismatch(String page, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return page + " answered " + response.statusCode();
    }
    Matcher header = HEADER_NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
    if (!header.find()) {
      return page + " has no nonce in its Content-Security-Policy";
    }
    Matcher scripts = PAGE_NONCE.matcher(response.body());
    int tags = 0;
    while (scripts.find()) {
      tags++;
      if (!scripts.group(1).equals(header.group(1))) {
        return page + ": script nonce " + scripts.group(1) + " but header nonce " + header.group(1);
      }
    }
    return tags == 0 ? page + " has no script tag with a nonce" : null;
  }
}
