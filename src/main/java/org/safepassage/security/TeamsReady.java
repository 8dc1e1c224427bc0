package org.safepassage.security;

/**
 * Published once at start-up when every team (Camunda group) and its permissions exist. Whatever
 * needs the teams at start-up (the locked-accounts group, the demo users, Tasklist's filters)
 * listens to this instead of claiming an {@code @Order} number after the team setup.
 */
public record TeamsReady() {}
