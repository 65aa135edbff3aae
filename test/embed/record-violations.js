// Loaded first by the embedding pages: records every CSP violation and every page error.
window.violations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.alert = () => window.pageErrors.push('alert called');
