/**
 * The start page, the current user on every page, JSON errors, the CSP nonce. No API.
 */
@ApplicationModule(displayName = "Web")
package org.safepassage.web;

import org.springframework.modulith.ApplicationModule;
