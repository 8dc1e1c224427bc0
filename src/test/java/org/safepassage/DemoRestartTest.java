package org.safepassage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

/**
 * {@code ./mvnw spring-boot:run} as a newcomer meets it: the demo on its embedded H2 file
 * database, with the demo users. A case opened before a restart is still readable after it,
 * because the database and the generated demo vault key both stay in the data folder. On a fresh
 * database, every file of processes/ is deployed (the starter's default pattern skips forms).
 */
class DemoRestartTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @TempDir
  Path dataFolder;

  @Test
  void aCaseOpenedInTheDemoIsStillThereAfterARestart() {
    String caseNumber;
    try (ConfigurableApplicationContext demo = startDemo()) {
      Map<String, Object> opened = as(demo, "ines").exchange("/api/cases", HttpMethod.POST,
          new HttpEntity<>(Map.of("fullName", "Restart Tester", "contactHandles", "@restart")),
          JSON).getBody();
      caseNumber = (String) opened.get("caseNumber");
    }

    try (ConfigurableApplicationContext demo = startDemo()) {
      Map<String, Object> file = as(demo, "max").exchange("/api/cases/" + caseNumber, HttpMethod.GET, null, JSON).getBody();
      assertThat(file.get("details")).isEqualTo(Map.of("FULL_NAME", "Restart Tester", "CONTACT_HANDLES", "@restart"));
    }
  }

  @Test
  void everyProcessAndFormInTheProcessesFolderIsDeployed() throws IOException {
    Set<String> inFolder;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      inFolder = files.map(file -> "processes/" + file.getFileName()).collect(Collectors.toSet());
    }
    try (ConfigurableApplicationContext demo = startDemo()) {
      RepositoryService repository = demo.getBean(RepositoryService.class);
      List<String> deployed = repository.createDeploymentQuery().list().stream()
          .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream()).toList();

      assertThat(inFolder).anyMatch(name -> name.endsWith(".form")).anyMatch(name -> name.endsWith(".bpmn"));
      assertThat(inFolder).allSatisfy(file -> assertThat(deployed).anyMatch(name -> name.endsWith(file)));
    }
  }

  private ConfigurableApplicationContext startDemo() {
    return new SpringApplicationBuilder(SafePassageApplication.class).profiles("demo").run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + dataFolder.resolve("safe-passage") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--safepassage.vault.demo-key-file=" + dataFolder.resolve("demo-vault-master-key"),
        "--safepassage.notices.round-cycle=R/PT1H");
  }

  private static RestTemplate as(ConfigurableApplicationContext app, String demoUser) {
    String port = app.getEnvironment().getProperty("local.server.port");
    return new RestTemplateBuilder().rootUri("http://localhost:" + port)
        .basicAuthentication(demoUser, demoUser + "-demo").build();
  }
}
