/**
 * The HTML report: one self-contained file an auditor opens offline and
 * prints. Verdict first, then the first layer as a first-time visitor saw
 * it, then the violations, the comparison with the config and each phase's
 * records. Everything from the site is escaped text; a Content-Security-
 * Policy forbids every request, so opening the file contacts nobody.
 */
import type { ScanReport } from './scan.js';
import { verdict } from './report-text.js';
import { PHASES, type PhaseName } from './scan-types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const PHASE_TITLES: Record<PhaseName, string> = {
  before: 'Before any choice',
  reject: 'After “Reject all”',
  accept: 'After “Accept all”',
  withdraw: 'After withdrawing consent',
};

function tableOf(headers: string[], rows: unknown[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escape(empty)}</p>`;
  return `<table><thead><tr>${headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const setByText = (setBy: { via: string; url: string | null; category: string | null } | null): string =>
  setBy ? `${setBy.via === 'response' ? 'Set-Cookie from' : 'script'} ${setBy.url ?? '(unknown)'}${setBy.category ? ` [data-category=${setBy.category}]` : ''}` : '';

function phaseSection(report: ScanReport, phase: PhaseName): string {
  const record = report.phases[phase];
  if (!record) return `<section><h3>${escape(PHASE_TITLES[phase])}</h3><p class="empty">Not run.</p></section>`;
  const cookies = tableOf(
    ['name', 'domain', 'path', 'expires', 'HttpOnly', 'Secure', 'SameSite', 'party', 'set by', 'known as', 'pages'],
    record.cookies.map((cookie) => [
      cookie.name, cookie.domain, cookie.path, cookie.expires ?? 'session', cookie.httpOnly ? 'yes' : 'no', cookie.secure ? 'yes' : 'no',
      cookie.sameSite ?? '', cookie.thirdParty ? 'third' : 'first', setByText(cookie.setBy),
      cookie.known ? `${cookie.known.service} (${cookie.known.category})` : '', cookie.pages.length,
    ]),
    'No cookies.',
  );
  const storage = tableOf(
    ['area', 'origin', 'name', 'set by', 'known as', 'pages'],
    record.storage.map((entry) => [entry.area, entry.origin, entry.name, setByText(entry.setBy), entry.known ? `${entry.known.service} (${entry.known.category})` : '', entry.pages.length]),
    'No storage entries.',
  );
  // Every third-party request in full; the site's own only counted, they are the pages and their files.
  const thirdParty = record.requests.filter((request) => request.thirdParty);
  const requests = tableOf(
    ['host', 'type', 'tracker', 'url', 'started by', 'page'],
    thirdParty.map((request) => [request.host, request.type, request.tracker ?? '', request.url, request.initiator ?? '', request.page]),
    'No third-party requests.',
  );
  return `<section><h3>${escape(PHASE_TITLES[phase])}</h3>
${record.actions.map((action) => `<p class="action">${escape(action)}</p>`).join('')}
<h4>Cookies (${record.cookies.length})</h4>${cookies}
<h4>Storage (${record.storage.length})</h4>${storage}
<h4>Third-party requests (${thirdParty.length} of ${record.requests.length})</h4>${requests}</section>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:2rem auto;max-width:70rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}h3{margin-top:1.5rem}
.verdict{font-size:1.4rem;font-weight:700;padding:.75rem 1rem;border-radius:6px;border:2px solid}
.clean{color:#0b5d1e;background:#e7f6ea;border-color:#0b5d1e}.fail{color:#8a1010;background:#fdeaea;border-color:#8a1010}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:12px}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f2f2f2}.empty{color:#555;font-style:italic}.action{color:#333}
img{max-width:100%;border:1px solid #999}pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem;border:1px solid #ddd;font-size:12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
@media print{body{margin:0;max-width:none}section,table,img{break-inside:auto}h2,h3{break-after:avoid}}
`;

export function formatHtml(report: ScanReport): string {
  const clean = report.violations.length === 0;
  const facts: [string, string][] = [
    ['Site', report.url],
    ['Scanned at', report.scannedAt],
    ['Pages', String(report.pages.length)],
    ['Browser', report.browser],
    ['Tool', `${report.tool.name} ${report.tool.version} (report format ${report.format})`],
    [
      'Widget',
      report.widget.found
        ? `cookie-consent-element${report.widget.version ? ` ${report.widget.version}` : ''}`
        : `cookie-consent-element not found${report.phases.reject || report.phases.accept ? '; the site’s own consent tool was operated through autoconsent' : ': only the “before” phase ran'}`,
    ],
    ['Config compared', report.config.source ?? 'none'],
  ];
  const violations = tableOf(
    ['phase', 'kind', 'what', 'page', 'why'],
    report.violations.map((violation) => [violation.phase, violation.kind, violation.kind === 'request' ? violation.url : violation.name, violation.page, violation.why]),
    'None.',
  );
  const undeclared = tableOf(
    ['name', 'domain', 'category', 'provider', 'seen in'],
    report.undeclared.map((cookie) => [cookie.name, cookie.domain, cookie.category ?? 'unclassified', cookie.provider ?? '', cookie.phases.join(', ')]),
    'Every cookie seen is declared.',
  );
  const notSeen = tableOf(
    ['name', 'category', 'service'],
    report.declaredNotSeen.map((cookie) => [cookie.name, cookie.category, cookie.service]),
    'Every declared cookie was seen.',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie scan of ${escape(report.url)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Cookie scan of ${escape(report.url)}</h1>
<p class="verdict ${clean ? 'clean' : 'fail'}">${escape(verdict(report))}</p>
<dl>${facts.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>
${report.notes.length > 0 ? `<ul>${report.notes.map((note) => `<li>${escape(note)}</li>`).join('')}</ul>` : ''}
<h2>The first layer, as a first-time visitor saw it</h2>
${report.screenshot ? `<img alt="The first page on a first visit, before any choice" src="data:image/jpeg;base64,${report.screenshot}">` : '<p class="empty">No screenshot.</p>'}
<h2>Violations (${report.violations.length})</h2>
<p>Before any choice, after “Reject all” and after withdrawing, only the consent record and what the config declares under a required category may be stored, and no known tracker host may be contacted.</p>
${violations}
<h2>Against the config</h2>
<h3>Seen but not declared (${report.undeclared.length})</h3>${undeclared}
<h3>Declared but never seen (${report.declaredNotSeen.length})</h3>${notSeen}
${report.config.problems.length > 0 ? `<h3>Config problems</h3><ul>${report.config.problems.map((problem) => `<li>${escape(problem)}</li>`).join('')}</ul>` : ''}
<h3>Proposed config</h3>
<p>The config with every undeclared cookie added where it was attributed, with the lifetime seen; <code>unclassified</code> lists what the owner must place.</p>
<pre>${escape(JSON.stringify(report.proposedConfig, null, 2))}</pre>
<h2>Pages</h2>
<ol>${report.pages.map((page) => `<li>${escape(page)}</li>`).join('')}</ol>
<h2>Each phase</h2>
${PHASES.map((phase) => phaseSection(report, phase)).join('\n')}
</body>
</html>
`;
}
