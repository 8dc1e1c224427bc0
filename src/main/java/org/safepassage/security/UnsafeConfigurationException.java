package org.safepassage.security;

/** The app was configured in a way that would put people at risk; it refuses to start. */
public class UnsafeConfigurationException extends RuntimeException {

  public UnsafeConfigurationException(String reason) {
    super(reason);
  }
}
