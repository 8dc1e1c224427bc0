package org.safepassage.security.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.safepassage.engine.CommandFields;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link StaffPasswordPolicy} inside the engine, wherever a password is set: the
 * Admin webapp, the REST API, the first administrator from configuration. Camunda's own check
 * only answers "Password does not match policy"; this one says what is wrong first.
 */
@Component
class PasswordPolicyInEngine extends CommandInterceptorPlugin {

  private final StaffPasswordPolicy policy;

  PasswordPolicyInEngine(Environment environment, DemoStaffProperties demo) {
    this.policy = new StaffPasswordPolicy(demoAccounts(environment, demo));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(policy);
  }

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    if (command instanceof SaveUserCmd) {
      UserEntity user = CommandFields.read(command, "user", UserEntity.class);
      if (user.hasNewPassword() && !policy.isExempt(user)) {
        mayBeSaved(user);
        StaffPasswordPolicy.problemWith(CommandFields.read(user, "newPassword", String.class)).ifPresent(problem -> {
          throw new BadUserRequestException(problem);
        });
      }
    }
    return proceed.get();
  }

  /**
   * Camunda checks who may save the user only after the password: someone who may not gets
   * "forbidden" first, as without a policy, rather than advice on passwords.
   */
  private static void mayBeSaved(UserEntity user) {
    boolean created = user.getRevision() == 0;
    Context.getCommandContext().getAuthorizationManager()
        .checkAuthorization(created ? Permissions.CREATE : Permissions.UPDATE, Resources.USER, created ? null : user.getId());
  }

  /** The demo's published accounts, which keep their short published passwords; none outside the demo. */
  private static Set<String> demoAccounts(Environment environment, DemoStaffProperties demo) {
    Set<String> accounts = new HashSet<>();
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      if (demo.users() != null) {
        demo.users().forEach(user -> accounts.add(user.id()));
      }
      String admin = environment.getProperty("camunda.bpm.admin-user.id");
      if (admin != null) {
        accounts.add(admin);
      }
    }
    return accounts;
  }
}
