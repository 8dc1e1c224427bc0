package org.safepassage.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps free text out of Camunda where the REST API would let it in. A task's form may set only
 * its own fields (no extra variables riding along with a submission), and a task keeps its name
 * and description (its dates may change). Personal details belong in the case file.
 * Guards both mounts of the API: /engine-rest and the webapps' /camunda/api/engine.
 */
class TaskWriteGuard extends OncePerRequestFilter {

  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(submit-form|complete)$");
  private static final Pattern TASK_UPDATE = Pattern.compile(".*/task/([^/]+)$");

  private final TaskService taskService;
  private final FormCatalog catalog;
  private final ObjectMapper json = new ObjectMapper();

  TaskWriteGuard(TaskService taskService, FormCatalog catalog) {
    this.taskService = taskService;
    this.catalog = catalog;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    Matcher completion = COMPLETION.matcher(path);
    Matcher update = TASK_UPDATE.matcher(path);
    boolean completing = "POST".equals(request.getMethod()) && completion.matches();
    boolean updating = "PUT".equals(request.getMethod()) && update.matches();
    if (!completing && !updating) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode content = body.length == 0 ? json.nullNode() : json.readTree(body);
    String problem = completing ? extraValues(completion.group(1), content) : renaming(update.group(1), content);
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", problem));
      return;
    }
    chain.doFilter(new BodyAgain(request, body), response);
  }

  private String extraValues(String taskId, JsonNode content) {
    Task task = task(taskId);
    if (task == null || !content.path("variables").isObject()) {
      return null;
    }
    String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    Set<String> allowed = catalog.fieldKeysOf(formId);
    List<String> extra = new ArrayList<>();
    content.path("variables").fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        extra.add(name);
      }
    });
    return extra.isEmpty() ? null : "Not fields of this task's form: " + String.join(", ", extra)
        + ". Only the form's own fields are kept; personal details belong in the case file.";
  }

  private String renaming(String taskId, JsonNode content) {
    Task task = task(taskId);
    if (task == null || !content.isObject()) {
      return null;
    }
    boolean renamed = content.has("name") && !Objects.equals(content.path("name").asText(null), task.getName());
    boolean described = content.has("description")
        && !Objects.equals(content.path("description").asText(null), task.getDescription());
    return renamed || described
        ? "A task's name and description are fixed by the process; write notes in the case file." : null;
  }

  private Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
  }

  /** The request again, its body already read once by this guard. */
  private static final class BodyAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    private BodyAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("Blocking reads only");
        }

        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }
      };
    }
  }
}
