/**
 * `cookie-consent-element scan <url> …` (alias `cookie-consent scan`): runs a scan, prints the summary, writes the
 * reports asked for. Exit code 0 no violation, 1 violations, 2 could not run.
 */
import { writeFile } from 'node:fs/promises';
import { ScanSetupError } from './chromium.js';
import { formatHtml } from './report-html.js';
import { formatSummary } from './report-text.js';
import { scan } from './scan.js';
import { parseScanArgs, SCAN_USAGE } from './scan-options.js';

export async function runScanCommand(args: string[]): Promise<number> {
  const parsed = parseScanArgs(args);
  if ('help' in parsed) {
    console.log(SCAN_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    console.error(`cookie-consent scan: ${parsed.error}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  let report;
  try {
    report = await scan(options, (line) => console.error(line));
  } catch (error) {
    // One clear line: what could not be done and why (no stack: the reader is a site owner or a CI log).
    const message = error instanceof ScanSetupError ? error.message : `the scan failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`cookie-consent scan: ${message}`);
    return 2;
  }
  // The screenshot belongs to the HTML report; the JSON keeps to records.
  const { screenshot: _screenshot, ...json } = report;
  try {
    if (options.json) await writeFile(options.json, `${JSON.stringify(json, null, 2)}\n`);
    if (options.html) await writeFile(options.html, formatHtml(report));
  } catch (error) {
    console.error(`cookie-consent scan: cannot write the report (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  console.log(formatSummary(report));
  return report.violations.length === 0 ? 0 : 1;
}
