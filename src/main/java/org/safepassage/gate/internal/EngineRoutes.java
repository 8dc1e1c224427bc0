package org.safepassage.gate.internal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;

/**
 * Every route Camunda's REST API registers, read from its JAX-RS resources (the root resource and
 * its sub-resource locators, followed to the end), as the engine's default mount sees them. The
 * named mount ({@code /engine/{name}/...}) and the webapps' copy of the API serve the same routes.
 */
final class EngineRoutes {

  /** One route: HTTP method, path template ({@code /task/{id}/complete}) and the Java method serving it. */
  record Route(String method, String template, String javaMethod) {

    List<String> segments() {
      return EnginePath.segmentsOf(template);
    }

    boolean isVariable(int index) {
      return segments().get(index).startsWith("{");
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private static final int DEEPEST = 8;

  private final List<Route> routes;

  private EngineRoutes(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  static EngineRoutes ofCamunda() {
    Set<Route> found = new LinkedHashSet<>();
    collect(DefaultProcessEngineRestServiceImpl.class, "", found, 0);
    List<Route> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
    return new EngineRoutes(sorted);
  }

  List<Route> all() {
    return routes;
  }

  /**
   * The route a normalised path takes: of the templates that fit, the one with literal segments
   * earliest (Jersey, too, prefers {@code /task/count} to {@code /task/{id}}).
   */
  Optional<Route> match(String method, List<String> path) {
    return routes.stream()
        .filter(route -> route.method().equals(method) && fits(route, path))
        .max(Comparator.comparing(route -> literalPattern(route)));
  }

  private static boolean fits(Route route, List<String> path) {
    List<String> template = route.segments();
    if (template.size() != path.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      if (!route.isVariable(i) && !template.get(i).equalsIgnoreCase(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String literalPattern(Route route) {
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < route.segments().size(); i++) {
      pattern.append(route.isVariable(i) ? '0' : '1');
    }
    return pattern.toString();
  }

  private static void collect(Class<?> resource, String prefix, Set<Route> found, int depth) {
    if (depth > DEEPEST) {
      throw new IllegalStateException("Sub-resources nest deeper than expected under " + prefix);
    }
    for (Method method : annotatedMethods(resource)) {
      Path path = method.getAnnotation(Path.class);
      String template = normalised(prefix + (path == null ? "" : "/" + path.value()));
      Optional<String> httpMethod = httpMethodOf(method);
      if (httpMethod.isPresent()) {
        found.add(new Route(httpMethod.get(), template, method.getDeclaringClass().getSimpleName() + "." + method.getName()));
      } else if (path != null) {
        collect(method.getReturnType(), template, found, depth + 1);
      }
    }
  }

  /** Methods of a resource class and of the interfaces that carry its JAX-RS annotations. */
  private static List<Method> annotatedMethods(Class<?> resource) {
    List<Method> methods = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
      types.add(type);
      types.addAll(Arrays.asList(type.getInterfaces()));
    }
    for (Class<?> type : types) {
      for (Method method : type.getMethods()) {
        boolean jaxRs = method.isAnnotationPresent(Path.class) || httpMethodOf(method).isPresent();
        if (jaxRs && seen.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  private static Optional<String> httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return Optional.of(http.value());
      }
    }
    return Optional.empty();
  }

  /** {@code //task/{id: .*}/} becomes {@code /task/{id}}. */
  private static String normalised(String template) {
    List<String> segments = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (!segment.isBlank()) {
        segments.add(segment.startsWith("{") ? segment.replaceAll("\\{\\s*([^:}\\s]+).*}", "{$1}") : segment);
      }
    }
    return "/" + String.join("/", segments);
  }
}
