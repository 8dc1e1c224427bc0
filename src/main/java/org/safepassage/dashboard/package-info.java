/**
 * The managers' Journey overview: figures from Camunda's tables (JSON, the Cockpit plugin's data,
 * Prometheus gauges), and cases that have lived for the demo and the benchmark. Never the vault.
 */
@ApplicationModule(displayName = "Dashboard",
    allowedDependencies = {"engine", "journey", "firstcontact", "visa", "arrival", "security"})
package org.safepassage.dashboard;

import org.springframework.modulith.ApplicationModule;
