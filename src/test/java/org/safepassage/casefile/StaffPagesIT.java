package org.safepassage.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app's own pages as staff use them after logging in: intake, case file, case list, story. */
@PostgresIntegrationTest
class StaffPagesIT {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  private BrowserSession as(Demo user) {
    return BrowserSession.loggedInAs("http://localhost:" + port, user);
  }

  @Test
  void intakeOpensACaseOnTheIntakePageAndReadsItsFile() {
    BrowserSession ines = as(Demo.INES);
    String token = ines.csrfOf("/cases/new");

    HttpResponse<String> opened = ines.postForm("/cases/new", token,
        "fullName=Pavel+Pagetest&contactHandles=%40pagetest&birthDate=1990-02-03&location=Bishkek");

    assertThat(opened.body()).contains("Case opened");
    String caseNumber = opened.body().replaceAll("(?s).*id=\"case-number\">(SP-[0-9A-Z-]+)<.*", "$1");
    HttpResponse<String> file = ines.get("/casefile/" + caseNumber);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).contains("Pavel Pagetest", "@pagetest", "Bishkek");
  }

  @Test
  void theIntakePageNamesWhatToFix() {
    BrowserSession ines = as(Demo.INES);
    HttpResponse<String> refused = ines.postForm("/cases/new", ines.csrfOf("/cases/new"), "fullName=&contactHandles=");
    HttpResponse<String> badDate = ines.postForm("/cases/new", ines.csrfOf("/cases/new"),
        "fullName=Some+One&contactHandles=%40someone&birthDate=21.03.1994");

    assertThat(refused.body()).contains("Please fix the fields marked below", "Full name (fullName) is required", "Contact handles (contactHandles) are required");
    assertThat(badDate.body()).contains("Date of birth (birthDate) must be a date like 1994-03-21")
        .as("what was typed is kept").contains("value=\"Some One\"");
  }

  @Test
  void notesWrittenInTheCaseFileStayWithTheCase() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    BrowserSession ines = as(Demo.INES);

    HttpResponse<String> saved =
        ines.postForm("/casefile/" + caseNumber + "/notes", ines.csrfOf("/casefile/" + caseNumber), "text=Called+back+at+noon");

    assertThat(saved.body()).contains("Note saved");
    assertThat(ines.get("/casefile/" + caseNumber).body()).contains("Called back at noon", "Assess urgency", "ines");
    assertThat(as(Demo.MAX).get("/casefile/" + caseNumber).body()).contains("Called back at noon");
    assertThat(as(Demo.LEA).get("/casefile/" + caseNumber).statusCode()).as("no task on the case").isEqualTo(403);
  }

  @Test
  void aManagerReachesAnyCasesStoryInTwoClicks() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 3));
    BrowserSession max = as(Demo.MAX);

    HttpResponse<String> caseList = max.get("/cases");
    assertThat(caseList.uri().getPath()).isEqualTo("/cases");
    assertThat(caseList.body()).contains("/cases/" + caseNumber + "/story");
    HttpResponse<String> story = max.get("/cases/" + caseNumber + "/story");

    assertThat(story.body()).contains("now in <strong>Vetting</strong>", "Assess urgency", "Hold safety call",
        "Verify identity and service", "Interview on anti-war stance", "waiting", "ines", "viktor");
    assertThat(max.postForm("/cases", max.csrfOf("/cases"), "find=" + caseNumber.toLowerCase()).uri().getPath())
        .as("a number typed in lower case").isEqualTo("/cases/" + caseNumber + "/story");
    assertThat(max.get("/cases/" + caseNumber.toLowerCase() + "/story").body()).contains(caseNumber);
    assertThat(max.postForm("/cases", max.csrfOf("/cases"), "find=Ivan+Petrov").body())
        .contains("No case has that number");
  }

  @Test
  void onlyManagersSeeTheCaseList() {
    assertThat(as(Demo.VIKTOR).get("/cases").statusCode()).isEqualTo(403);
  }

  @Test
  void nobodyCreatesAnAdministratorThroughCamundasFirstRunPage() {
    HttpResponse<String> attempt = as(Demo.VIKTOR).postCamundaApi("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"mallory\"},\"credentials\":{\"password\":\"mallory-12345\"}}");
    assertThat(attempt.statusCode()).isEqualTo(403);
    assertThat(attempt.body()).as("refused by our login layer, before Camunda's own check")
        .contains("\"error\":\"Forbidden\"").doesNotContain("\"type\"");
    assertThat(StaffApi.as(http, Demo.MAX).getList("/engine-rest/user?id=mallory").getBody()).isEmpty();
  }

  @Test
  void aForgedLogoutMeetsCamundasCsrfCheck() {
    BrowserSession lea = as(Demo.LEA);
    lea.get("/camunda/app/tasklist/default/");

    HttpResponse<String> forged = lea.postCrossSite("/camunda/api/admin/auth/user/default/logout");

    assertThat(forged.statusCode()).as("not our logout's 204").isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  void theStartPageOffersWhatTheUserMayOpen() {
    assertThat(as(Demo.LEA).get("/").body()).contains("Tasklist").doesNotContain("href=\"/cases\"", "Open a case");
    assertThat(as(Demo.MAX).get("/").body()).contains("href=\"/cases\"", "Open a case");
    assertThat(as(Demo.INES).get("/").body()).contains("Open a case");
  }
}
