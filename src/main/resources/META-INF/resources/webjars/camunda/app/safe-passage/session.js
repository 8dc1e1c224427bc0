/*
 * Safe Passage: one login for everything. Staff log in on Safe Passage's own page; Camunda's
 * login view (#/login, shown after its "Log out") cannot log anyone in here. The server ends the
 * whole session on Camunda's logout call, so this only takes the browser to our login page.
 * Loaded by each webapp through customScripts in its config.js.
 */
function leaveCamundaLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace('/login?logout');
  }
}

window.addEventListener('hashchange', leaveCamundaLogin);
leaveCamundaLogin();

// No plugins: this script only watches the route.
export default [];
