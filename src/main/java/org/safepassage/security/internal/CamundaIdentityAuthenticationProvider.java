package org.safepassage.security.internal;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One user store for everything: Spring Security checks passwords against Camunda's identity
 * service, and the user's Camunda groups become their authorities. Guessing is slowed down by the
 * {@link LoginThrottle} (Camunda's own lock-out, which any stranger could trigger for good, is
 * switched off in application.yml). A name that does not exist costs the same hashing as one
 * that does, so neither the answer nor its timing tells which names exist.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final BcryptPasswords passwords;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, BcryptPasswords passwords, LoginThrottle throttle) {
    this.identityService = identityService;
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || credentials.toString().isEmpty()) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    Duration wait = throttle.waitBefore(userId, address);
    if (!wait.isZero()) {
      throw new BadCredentialsException("Too many wrong passwords; try again in " + wait.toSeconds() + " s");
    }
    if (!passwordMatches(userId, credentials.toString())) {
      throttle.failed(userId, address);
      throw new BadCredentialsException("Wrong user name or password");
    }
    throttle.succeeded(userId);
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    if (groups.contains(StaffEntitlement.LOCKED)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  private boolean passwordMatches(String userId, String password) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      passwords.checkAgainstNobody(password);
      return false;
    }
    return identityService.checkPassword(userId, password);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
