package org.safepassage.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response of the Camunda webapps its own CSP nonce. Camunda 7.24 writes the nonce of
 * the {@code Content-Security-Policy} header into a servlet-context attribute, shared by all
 * requests, and reads it back from there when it fills in the index page's script tags; two pages
 * loading at once can swap nonces, and the browser then refuses every script (a blank Tasklist).
 * We hand Camunda's filters, for that one attribute, a servlet context that keeps it in the
 * request, so the header and the page of one response always carry the same nonce.
 */
@Configuration
class CspNoncePerRequest {

  static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> cspNoncePerRequestFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(new NonceInRequest(request), response);
      }
    });
    registration.addUrlPatterns("/camunda/*");
    // Before Camunda's header filter, which sets the nonce, and its page filter, which reads it.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** A request whose servlet context keeps the CSP nonce in the request itself. */
  static final class NonceInRequest extends HttpServletRequestWrapper {

    private final ServletContext context;

    NonceInRequest(HttpServletRequest request) {
      super(request);
      ServletContext shared = request.getServletContext();
      this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
          new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
            if (args != null && args.length > 0 && NONCE.equals(args[0])) {
              switch (method.getName()) {
                case "getAttribute":
                  return request.getAttribute(NONCE);
                case "setAttribute":
                  request.setAttribute(NONCE, args[1]);
                  return null;
                case "removeAttribute":
                  request.removeAttribute(NONCE);
                  return null;
                default:
                  break;
              }
            }
            try {
              return method.invoke(shared, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }
  }
}
