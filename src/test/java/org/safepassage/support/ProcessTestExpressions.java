package org.safepassage.support;

import java.util.Map;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Expressions in process tests: the real delegates the BPMN names (built in process-test.cfg.xml
 * the way Spring builds them), and any test double a test registers with {@code Mocks.register},
 * which is looked up first.
 */
public class ProcessTestExpressions extends JuelExpressionManager {

  public ProcessTestExpressions(Map<Object, Object> beans) {
    super(beans);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new MockElResolver());
    resolver.add(super.createElResolver());
    return resolver;
  }
}
