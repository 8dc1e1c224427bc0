/**
 * Login, passwords, sessions, teams and permissions. API: StaffMember, StaffGroup, StaffAuthorizations,
 * TeamsReady, FilterChainOrder, UnsafeConfigurationException.
 */
@ApplicationModule(displayName = "Security")
package org.safepassage.security;

import org.springframework.modulith.ApplicationModule;
