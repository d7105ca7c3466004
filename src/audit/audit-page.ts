/**
 * Entry of dist/audit/cookie-consent-audit.js, loaded by demo/audit.html, and
 * inlined in the stand-alone dist/audit/cookie-consent-audit.html: mounts the
 * auditor's page on `#audit-app`. Re-exports the parts, so tests and other
 * pages can render an export without a file picker.
 */
import { mountAuditPage } from './audit-app.js';

export { MAX_EXPORT_BYTES, auditFile, auditText, mountAuditPage, type AuditPage, type AuditPageOptions } from './audit-app.js';
export { renderAudit, renderFileError, renderReport, renderVerdict, type AuditOutcome } from './render-audit.js';

const root = document.getElementById('audit-app');
if (root) {
  // The page carries the site's own widget; when it does, its log can be checked in place.
  const api = window.CookieConsent;
  mountAuditPage(root, api ? { readOwnLog: () => api.exportLog('json') } : {});
}
