/*
 * Safe Passage: Tasklist configuration.
 * Shadows app/tasklist/scripts/config.js of camunda-webapp-webjar 7.24.0 (Apache License 2.0)
 * because the application's classes come first on the classpath. Options are documented at
 * https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
 */
export default {
  // Sends the browser to Safe Passage's login page whenever Camunda would show its own.
  customScripts: ['../safe-passage/session'],

  // The header and the browser title show `${vendor} ${name}` = "Safe Passage Tasklist";
  // the login form shows the name alone.
  app: {
    name: 'Tasklist',
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
  disableWelcomeMessage: true,

  // Stock keyboard shortcuts (kept: they exist only through this file).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
