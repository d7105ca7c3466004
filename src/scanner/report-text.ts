/**
 * The summary a scan prints on stdout: one table of the phases, then each
 * violation on its own line, then what the config misses, then the verdict.
 */
import type { ScanReport } from './scan.js';
import { PHASES } from './scan-types.js';

export function verdict(report: ScanReport): string {
  const count = report.violations.length;
  return count === 0
    ? `CLEAN: no violation on ${report.pages.length} page(s)`
    : `${count} VIOLATION${count === 1 ? '' : 'S'} on ${report.pages.length} page(s)`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

/** A page's path for the narrow lines of a terminal (the origin is in the header). */
function shortPage(report: ScanReport, page: string): string {
  const origin = new URL(report.url).origin;
  return page.startsWith(origin) ? page.slice(origin.length) || '/' : page;
}

export function formatSummary(report: ScanReport): string {
  const lines: string[] = [];
  lines.push(`cookie-consent scan ${report.url}`);
  lines.push(`${report.pages.length} page(s), ${report.browser}, ${(report.durationMs / 1000).toFixed(1)} s`);
  lines.push(
    report.widget.found
      ? `widget: cookie-consent-element${report.widget.version ? ` ${report.widget.version}` : ''}, config from ${report.config.source ?? 'nowhere the scanner could read'}`
      : `widget: cookie-consent-element not found${report.phases.reject || report.phases.accept ? '; the site’s own consent tool was operated through autoconsent' : ' (only the `before` phase ran)'}`,
  );
  lines.push('');
  const rows = [['phase', 'cookies', 'storage', 'requests', 'third-party', 'trackers', 'violations']];
  for (const phase of PHASES) {
    const record = report.phases[phase];
    if (!record) {
      rows.push([phase, '-', '-', '-', '-', '-', 'not run']);
      continue;
    }
    rows.push([
      phase,
      String(record.cookies.length),
      String(record.storage.length),
      String(record.requests.length),
      String(record.requests.filter((request) => request.thirdParty).length),
      String(record.requests.filter((request) => request.tracker !== null).length),
      String(report.violations.filter((violation) => violation.phase === phase).length),
    ]);
  }
  lines.push(...table(rows));
  if (report.violations.length > 0) {
    lines.push('', 'Violations:');
    for (const violation of report.violations) {
      const what = violation.kind === 'request' ? violation.host : violation.name;
      lines.push(`  ${violation.phase.padEnd(8)} ${violation.kind.padEnd(7)} ${what} on ${shortPage(report, violation.page)}: ${violation.why}`);
    }
  }
  if (report.undeclared.length > 0) {
    lines.push('', 'Cookies the config does not declare:');
    for (const cookie of report.undeclared) {
      const about = [cookie.category, cookie.provider].filter(Boolean).join(', ');
      lines.push(`  ${cookie.name} (${cookie.domain})${about ? ` — ${about}` : ' — unclassified'}; seen ${cookie.phases.join(', ')}`);
    }
  }
  if (report.declaredNotSeen.length > 0) {
    lines.push('', 'Declared but never seen:');
    for (const cookie of report.declaredNotSeen) lines.push(`  ${cookie.name} (${cookie.category} / ${cookie.service})`);
  }
  for (const problem of report.config.problems) lines.push(`config problem: ${problem}`);
  if (report.notes.length > 0) {
    lines.push('');
    for (const note of report.notes) lines.push(`note: ${note}`);
  }
  lines.push('', verdict(report));
  return lines.join('\n');
}
