package org.safepassage.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * What a staff password must be: at least 12 characters (letters of any script count one each;
 * long passphrases are welcome), and not one known from a public breach. Camunda applies it to
 * every password set through the engine (see PasswordPolicyInEngine); the Admin webapp shows
 * the rules while a password is typed. Only the demo profile's published demo users are exempt.
 */
class StaffPasswordPolicy implements PasswordPolicy {

  static final int MINIMUM_LENGTH = 12;

  private final Set<String> exemptUsers;

  StaffPasswordPolicy(Set<String> exemptUsers) {
    this.exemptUsers = Set.copyOf(exemptUsers);
  }

  /** What is wrong with this password, in words for the person choosing it; empty when it may be used. */
  static Optional<String> problemWith(String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
      problems.add("it is shorter than " + MINIMUM_LENGTH + " characters");
    } else if (BreachedPasswords.shipped().contains(password)) {
      problems.add("it is in a list of passwords published after data breaches, which attackers try first");
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of("Password refused: " + String.join("; ", problems)
        + ". Choose a passphrase of " + MINIMUM_LENGTH + " or more characters, such as a few unrelated words.");
  }

  boolean isExempt(User user) {
    return user != null && exemptUsers.contains(user.getId());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(
        new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(MINIMUM_LENGTH)),
            password -> password != null && password.codePointCount(0, password.length()) >= MINIMUM_LENGTH),
        // The Admin webapp shows a placeholder it has no translation for as it is: so, a sentence.
        new Rule("Not in a list of breached passwords", Map.of(),
            password -> !BreachedPasswords.shipped().contains(password)));
  }

  private final class Rule implements PasswordPolicyRule {

    private final String placeholder;
    private final Map<String, String> parameters;
    private final java.util.function.Predicate<String> test;

    private Rule(String placeholder, Map<String, String> parameters, java.util.function.Predicate<String> test) {
      this.placeholder = placeholder;
      this.parameters = parameters;
      this.test = test;
    }

    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return parameters;
    }

    @Override
    public boolean execute(String password) {
      return test.test(password);
    }

    @Override
    public boolean execute(String password, User user) {
      return isExempt(user) || test.test(password);
    }
  }
}
