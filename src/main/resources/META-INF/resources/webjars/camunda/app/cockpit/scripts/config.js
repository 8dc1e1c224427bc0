/*
 * Safe Passage: Cockpit configuration.
 * Shadows app/cockpit/scripts/config.js of camunda-webapp-webjar 7.24.0 (Apache License 2.0)
 * because the application's classes come first on the classpath.
 */
export default {
  // Sends the browser to Safe Passage's login page whenever Camunda would show its own; and the
  // managers' "Journey overview" dashboard (served to managers only: others' Cockpit skips it).
  customScripts: ['../safe-passage/session', '../safe-passage/journey-overview'],

  // The header and the browser title show `${vendor} ${name}` = "Safe Passage Cockpit";
  // the login form shows the name alone.
  app: {
    name: 'Cockpit',
    vendor: 'Safe Passage'
  },

  // Stock default. Dates are formatted with moment.js in the browser's own time zone (the footer
  // names that zone); to change the format only, add e.g. dateFormat: { normal: 'LLL', long: 'LLLL' }.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },

  // Must equal the server's camunda.bpm.webapp.csrf.cookie-name (default XSRF-TOKEN).
  csrfCookieName: 'XSRF-TOKEN',

  // The stock first-login notice reads "Welcome to Camunda" and links to /camunda-welcome.
  disableWelcomeMessage: true
};
