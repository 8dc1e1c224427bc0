package org.safepassage.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.engine.FormFields;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The field rules of every Camunda Form the app deploys, by form id. */
public final class FormCatalog implements FormFields {

  public static final String FORMS = "classpath*:processes/*.form";

  private final Map<String, List<FieldRule>> rulesByForm;

  private FormCatalog(Map<String, List<FieldRule>> rulesByForm) {
    this.rulesByForm = rulesByForm;
  }

  public static FormCatalog fromClasspath() {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<FieldRule>> rules = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          List<FieldRule> fields = new ArrayList<>();
          collectFields(form.path("components"), fields);
          rules.put(form.path("id").asText(), List.copyOf(fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms in processes/", e);
    }
    return new FormCatalog(Map.copyOf(rules));
  }

  public List<FieldRule> rulesOf(String formId) {
    return rulesByForm.getOrDefault(formId, List.of());
  }

  /** The variables a form may set: its fields' keys. */
  @Override
  public Set<String> fieldKeysOf(String formId) {
    Set<String> keys = new LinkedHashSet<>();
    rulesOf(formId).forEach(rule -> keys.add(rule.key()));
    return keys;
  }

  private static void collectFields(JsonNode components, List<FieldRule> fields) {
    for (JsonNode component : components) {
      collectFields(component.path("components"), fields);
      if (!component.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      Set<String> allowed = new LinkedHashSet<>();
      component.path("values").forEach(option -> allowed.add(option.path("value").asText()));
      fields.add(new FieldRule(
          component.path("key").asText(),
          component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText())),
          component.path("type").asText(),
          validate.path("required").asBoolean(false),
          validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
          validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
          allowed));
    }
  }
}
