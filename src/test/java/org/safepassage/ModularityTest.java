package org.safepassage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The architecture the folders show is the one the build enforces: every top-level package is a
 * Spring Modulith module, other modules use only its base package (never its {@code internal}
 * one), no two modules depend on each other in a cycle, and only the modules that show or write
 * personal data reach the vault.
 */
class ModularityTest {

  /** Generated into target/ by every run, then copied into docs/modules/ (committed, linked from the README). */
  static final Path GENERATED = Path.of("target", "spring-modulith-docs");
  static final Path DOCUMENTED = Path.of("docs", "modules");

  /**
   * Who may read or write the vault: the case file shows and adds to it; first contact opens a case
   * with the details taken in. Any other module with personal data in reach is a leak waiting to
   * happen; add one here only when it must show or write a person's details.
   */
  static final Set<String> MAY_USE_THE_VAULT = Set.of("casefile", "firstcontact");

  static final ApplicationModules MODULES = ApplicationModules.of(SafePassageApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void onlyTheModulesThatShowOrWritePersonalDataReachTheVault() {
    ApplicationModule vault = MODULES.getModuleByName("vault").orElseThrow();
    Set<String> users = new TreeSet<>();
    MODULES.forEach(module -> {
      if (module.getDirectDependencies(MODULES).contains(vault)) {
        users.add(module.getName());
      }
    });
    assertThat(users).as("modules that depend on the vault").containsExactlyInAnyOrderElementsOf(MAY_USE_THE_VAULT);
  }

  /**
   * Every-task hooks have one home: a bean implementing engine.TaskHook, called by the one parse
   * listener in engine.internal.TaskHooks. Neither a second parse listener nor Camunda's Spring
   * eventing on DelegateTask may grow back beside it.
   */
  @Test
  void everyTaskHookIsATaskHook() {
    JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.safepassage");
    noClasses().that().resideOutsideOfPackage("org.safepassage.engine.internal")
        .should().beAssignableTo(BpmnParseListener.class)
        .because("a rule for every user task is an engine.TaskHook bean")
        .check(app);
    noMethods().that().areAnnotatedWith(EventListener.class)
        .should().haveRawParameterTypes(DelegateTask.class)
        .because("a rule for every user task is an engine.TaskHook bean, not an @EventListener on Camunda's eventing")
        .check(app);
  }

  @Test
  void everyStageIsAModule() {
    assertThat(MODULES.stream().map(ApplicationModule::getName))
        .contains("firstcontact", "vetting", "visa", "arrival", "journey", "casenumber");
  }

  @Test
  void writesTheModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
        // Every module in the overview, also those no other module depends on (gate, web).
        .writeDocumentation(DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
            CanvasOptions.defaults());
    Files.createDirectories(DOCUMENTED);
    try (Stream<Path> old = Files.list(DOCUMENTED)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    List<Path> written;
    try (Stream<Path> files = Files.list(GENERATED)) {
      written = files.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : written) {
      Files.copy(file, DOCUMENTED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(DOCUMENTED.resolve("components.puml")).exists();
  }
}
