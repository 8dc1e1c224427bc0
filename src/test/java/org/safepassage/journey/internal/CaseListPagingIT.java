package org.safepassage.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.CaseSeeder;
import org.safepassage.support.CaseSeeder.Stage;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.vault.CaseVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Managers read the case list a page at a time, newest first, each case with its stage. */
@PostgresIntegrationTest
class CaseListPagingIT {

  private static final Pattern ROW = Pattern.compile("href=\"/cases/(SP-[0-9A-Z-]+)/story\">[^<]*</a></td>\\s*<td>([^<]*)</td>");

  @LocalServerPort int port;
  @Autowired CaseVault vault;
  @Autowired RuntimeService runtimeService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCaseListShowsFiftyCasesAPageWithTheirStages() {
    List<String> opened = new CaseSeeder(vault, runtimeService, transactions, jdbc).open(Stage.VETTING, CaseListPage.PAGE_SIZE + 10);
    BrowserSession max = BrowserSession.loggedInAs("http://localhost:" + port, Demo.MAX);

    String first = max.get("/cases").body();
    String second = max.get("/cases?page=1").body();

    List<String[]> firstRows = rows(first);
    assertThat(firstRows).hasSize(CaseListPage.PAGE_SIZE);
    assertThat(firstRows).extracting(row -> row[0]).containsAnyElementsOf(opened);
    assertThat(firstRows).filteredOn(row -> opened.contains(row[0])).extracting(row -> row[1]).containsOnly("Vetting");
    assertThat(first).contains("href=\"/cases?page=1\"").doesNotContain("Newer cases");
    assertThat(rows(second)).extracting(row -> row[0]).doesNotContainAnyElementsOf(firstRows.stream().map(row -> row[0]).toList())
        .isNotEmpty();
    assertThat(second).contains("href=\"/cases?page=0\"");
  }

  private static List<String[]> rows(String page) {
    Matcher row = ROW.matcher(page);
    List<String[]> rows = new ArrayList<>();
    while (row.find()) {
      rows.add(new String[] {row.group(1), row.group(2)});
    }
    return rows;
  }
}
