package org.safepassage.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.db.QueryServiceImpl;
import org.junit.jupiter.api.Test;

/**
 * Every command class in Camunda's engine and webapps, with what the staff guard makes of it. The expected
 * census is checked in: a Camunda upgrade that adds a command the guard would let staff run (a
 * new Get...Cmd that writes, say) changes it and fails here until someone has looked.
 */
class StaffCommandCensusTest {

  static final Path CENSUS = Path.of("src/test/resources/engine/staff-command-census.txt");

  @Test
  void everyEngineCommandIsAReadATaskStepAnAdministratorsTaskOrRefused() throws IOException, URISyntaxException {
    List<String> census = new ArrayList<>();
    // The engine's commands, and those the webapps' plugins (Cockpit) run on it.
    for (Class<?> inJar : List.of(Command.class, QueryServiceImpl.class)) {
      Path jarPath = Path.of(inJar.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (JarFile jar = new JarFile(jarPath.toFile())) {
        jar.stream().map(entry -> entry.getName())
            .filter(name -> name.startsWith("org/camunda/bpm/") && name.endsWith(".class"))
            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
            .sorted()
            .forEach(className -> commandClass(className).ifPresent(type ->
                census.add(className.substring("org.camunda.bpm.".length()) + "  ->  " + StaffCommands.kindOf(type))));
      }
    }
    assertThat(census).as("the census must find the engine's commands").hasSizeGreaterThan(300);
    String cmd = "engine.impl.cmd.";
    assertThat(census).contains(cmd + "HandleTaskBpmnErrorCmd  ->  REFUSED", cmd + "ResolveTaskCmd  ->  REFUSED",
        cmd + "SetTaskVariablesCmd  ->  REFUSED", cmd + "AddCommentCmd  ->  REFUSED", cmd + "DeployCmd  ->  REFUSED",
        cmd + "SubmitTaskFormCmd  ->  TASK_WORK", cmd + "ClaimTaskCmd  ->  TASK_WORK", cmd + "GetTaskFormCmd  ->  READ");
    String actual = String.join("\n", census) + "\n";
    if (Boolean.getBoolean("census.write")) {
      Files.writeString(CENSUS, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("the census of engine commands (rerun with -Dcensus.write=true after reviewing the change)")
        .isEqualTo(Files.readString(CENSUS, StandardCharsets.UTF_8));
  }

  private static java.util.Optional<Class<?>> commandClass(String className) {
    try {
      Class<?> type = Class.forName(className, false, StaffCommandCensusTest.class.getClassLoader());
      boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
      return concrete && Command.class.isAssignableFrom(type) ? java.util.Optional.of(type) : java.util.Optional.empty();
    } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
      return java.util.Optional.empty();
    }
  }
}
