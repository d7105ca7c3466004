/**
 * The auditor's view of an exported consent log: the verdict, the file's
 * facts, every decision, and the text each visitor was shown.
 *
 * The file is untrusted. Everything taken from it reaches the page as text
 * nodes or attribute values set by name, never as markup, so a string such
 * as `<img onerror=…>` in a label shows as those characters.
 */
import { EXPORT_FORMAT, csvCategories } from '../core/export.js';
import { isRecord } from '../core/problems.js';
import type { ExportVerification } from '../core/verify-export.js';
import { count, h, hiddenText, mark, orDash, shortened, show, timeNodes, uniqueId, type Child } from './audit-dom.js';
import { createTextPanel, type TextPanel } from './audit-text-panel.js';

/** What checking one file gave: a verdict on its content, or why it could not be read. */
export type AuditOutcome =
  | { fileName?: string; error: string }
  | { fileName?: string; value: unknown; verification: ExportVerification };

export interface ReportOptions {
  /** Rows rendered at first and per "Show more" (a 100 MB file can hold a million entries). */
  pageSize?: number;
}

/** Problems listed one by one before the rest are summed up. */
const MAX_LISTED_PROBLEMS = 100;

/** True for something shaped like a `cookie-consent-log/1` export, whatever its verdict. */
export function isLogExport(value: unknown): value is Record<string, unknown> & { entries: unknown[] } {
  return isRecord(value) && value['format'] === EXPORT_FORMAT && Array.isArray(value['entries']);
}

// ---------------------------------------------------------------- verdict

function problemLine({ seq, problem }: { seq: number | null; problem: string }): string {
  return `${seq === null ? 'file' : `seq ${seq}`}: ${problem}`;
}

/** The verdict, big: "Verified: N entries, chain intact" or "NOT verified" with each problem. */
export function renderVerdict(verification: ExportVerification, fileName?: string): HTMLElement {
  const { ok, entries, texts, problems, notes } = verification;
  const box = h(
    'div',
    { class: `audit-verdict ${ok ? 'audit-verdict--ok' : 'audit-verdict--failed'}` },
    h(
      'h2',
      { class: 'audit-verdict__title' },
      h('span', { class: 'audit-verdict__mark', 'aria-hidden': 'true' }, ok ? '✓' : '✗'),
      ok ? `Verified: ${count(entries, 'entry', 'entries')}, chain intact` : 'NOT verified',
    ),
  );
  if (fileName) box.append(h('p', { class: 'audit-verdict__file' }, `File: ${fileName}`));

  if (ok && entries > 0) {
    const textPart = texts === 1 ? 'the archived text matches its hash' : `all ${count(texts, 'archived text', 'archived texts')} match their hashes`;
    box.append(h('p', {}, `Every entry matches its own hash and follows on from the one before it, and ${textPart}. Nothing was edited, removed, inserted or reordered.`));
  } else if (!ok) {
    box.append(h('p', {}, `${count(problems.length, 'problem', 'problems')} found in ${count(entries, 'entry', 'entries')}. This log cannot be relied on as it stands:`));
    const list = h('ul', { class: 'audit-verdict__problems' });
    for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) list.append(h('li', {}, problemLine(problem)));
    if (problems.length > MAX_LISTED_PROBLEMS) list.append(h('li', {}, `… and ${count(problems.length - MAX_LISTED_PROBLEMS, 'more problem', 'more problems')}`));
    box.append(list);
  }

  if (notes.length > 0) {
    box.append(h('h3', { class: 'audit-verdict__notes-title' }, 'Notes'), h('ul', { class: 'audit-verdict__notes' }, ...notes.map((note) => h('li', {}, note))));
  }
  return box;
}

/** A file that could not be checked at all: not JSON, not an export, too big, unreadable. */
export function renderFileError(message: string, fileName?: string): HTMLElement {
  return h(
    'div',
    { class: 'audit-verdict audit-verdict--failed' },
    h('h2', { class: 'audit-verdict__title' }, h('span', { class: 'audit-verdict__mark', 'aria-hidden': 'true' }, '✗'), 'Cannot check this file'),
    h('p', { class: 'audit-verdict__reason' }, fileName ? h('strong', {}, fileName) : null, fileName ? `: ${message}` : message),
    h(
      'p',
      {},
      'Choose a consent log exported as JSON: “Download JSON” under “Consent history” in the cookie settings, or ',
      h('code', {}, 'CookieConsent.', h('wbr'), "exportLog('json')"),
      '.',
    ),
  );
}

// ---------------------------------------------------------------- report

function renderFacts(file: Record<string, unknown>, verification: ExportVerification): HTMLElement {
  const titleId = uniqueId('facts');
  const list = h('dl', { class: 'audit-facts' });
  const add = (term: string, ...detail: Child[]): void => {
    list.append(h('div', { class: 'audit-facts__item' }, h('dt', {}, term), h('dd', {}, ...detail)));
  };
  add('Site', orDash(show(file['site'])));
  add('Exported at', ...timeNodes(file['exportedAt']));
  add('Widget version', orDash(show(file['widgetVersion'])));
  add('Format', h('code', {}, orDash(show(file['format']))));
  add('Contents', `${count(verification.entries, 'entry', 'entries')}, ${count(verification.texts, 'archived text', 'archived texts')}`);
  const anchor = file['anchor'];
  if (isRecord(anchor)) {
    const purged = typeof anchor['purged'] === 'number' ? `${count(anchor['purged'], 'entry', 'entries')} purged, ` : '';
    add('Retention purge', `${purged}up to seq ${show(anchor['seq'])}; the chain continues from there`);
  }
  return h('section', { class: 'audit-section', 'aria-labelledby': titleId }, h('h2', { id: titleId }, 'About this file'), list);
}

function stateCell(value: unknown): HTMLElement {
  if (value === true) return h('td', { class: 'audit-state audit-state--granted' }, mark('✓'), hiddenText('granted'));
  if (value === false) return h('td', { class: 'audit-state audit-state--refused' }, mark('✗'), hiddenText('refused'));
  return h('td', { class: 'audit-state' }, mark('—'), hiddenText('not recorded'));
}

function renderDecisions(entries: unknown[], texts: Record<string, unknown>, verification: ExportVerification, panel: TextPanel, pageSize: number): HTMLElement {
  const titleId = uniqueId('decisions');
  const captionId = uniqueId('caption');
  const section = h('section', { class: 'audit-section', 'aria-labelledby': titleId }, h('h2', { id: titleId }, 'Decisions'));
  if (entries.length === 0) {
    section.append(h('p', {}, 'The file holds no decisions.'));
    return section;
  }

  const firstText = Object.values(texts).find(isRecord);
  const preferred = Array.isArray(firstText?.['categories']) ? firstText['categories'].map((c: unknown) => (isRecord(c) ? show(c['key']) : '')) : [];
  const categories = csvCategories(entries, preferred);
  const problemSeqs = new Set(verification.problems.map((p) => p.seq).filter((seq) => seq !== null));

  const columns = ['Seq', 'Time (UTC and local)', 'Consent ID', 'Action', 'Source', ...categories, 'GPC', 'Revision', 'Language', 'Text shown'];
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'audit-table' },
    h('caption', { id: captionId, class: 'visually-hidden' }, 'Consent decisions in this file, oldest first'),
    h('thead', {}, h('tr', {}, ...columns.map((name, index) => h('th', { scope: 'col', class: index >= 5 && index < 5 + categories.length ? 'audit-table__category' : undefined }, name)))),
    tbody,
  );
  let selected: HTMLTableRowElement | null = null;

  const select = (row: HTMLTableRowElement, entry: Record<string, unknown>, button: HTMLElement | null, moveFocus: boolean): void => {
    selected?.classList.remove('is-selected');
    row.classList.add('is-selected');
    selected = row;
    panel.show(entry, button, moveFocus);
  };

  const rows: { row: HTMLTableRowElement; entry: Record<string, unknown>; button: HTMLButtonElement | null }[] = [];
  const renderRow = (raw: unknown): HTMLTableRowElement => {
    const entry = isRecord(raw) ? raw : {};
    const states = isRecord(entry['categories']) ? entry['categories'] : {};
    const seq = show(entry['seq']);
    const flagged = problemSeqs.has(entry['seq'] as number);
    const hash = entry['textHash'];
    const hasText = typeof hash === 'string' && Object.hasOwn(texts, hash);
    const button = hasText
      ? h('button', { type: 'button', class: 'audit-link-button', 'aria-controls': panel.element.id }, 'View text', hiddenText(` for seq ${seq}`))
      : null;
    const row = h(
      'tr',
      { class: flagged ? 'is-problem' : undefined },
      h('th', { scope: 'row' }, orDash(seq), flagged ? h('span', { class: 'audit-flag' }, mark(' ⚠'), hiddenText(' (has a problem, see the verdict)')) : null),
      h('td', {}, ...timeNodes(entry['at'])),
      h('td', {}, shortened(entry['consentId'], 8)),
      // "Load content" grants single embeds: which ones is part of what was done.
      h('td', {}, orDash(show(entry['action'])), ...(Array.isArray(entry['embeds']) ? [h('br'), ' ', h('code', {}, entry['embeds'].map(show).join(', '))] : [])),
      h('td', {}, orDash(show(entry['source']))),
      ...categories.map((key) => stateCell(Object.hasOwn(states, key) ? states[key] : undefined)),
      h('td', {}, entry['gpc'] === true ? 'Yes' : entry['gpc'] === false ? 'No' : orDash(show(entry['gpc']))),
      h('td', {}, orDash(show(entry['revision']))),
      h('td', {}, orDash(show(entry['language']))),
      h('td', {}, button ?? h('span', { class: 'audit-muted' }, typeof hash === 'string' ? 'Not in file' : '—')),
    );
    button?.addEventListener('click', () => select(row, entry, button, true));
    rows.push({ row, entry, button });
    return row;
  };

  const progress = h('p', { class: 'audit-more__progress' });
  const more = h('button', { type: 'button', class: 'button audit-more__button' });
  const moreBox = h('div', { class: 'audit-more' }, progress, more);
  const showMore = (): void => {
    const start = tbody.rows.length;
    tbody.append(...entries.slice(start, start + pageSize).map(renderRow));
    const remaining = entries.length - tbody.rows.length;
    progress.textContent = `Showing ${count(tbody.rows.length, 'entry', 'entries')} of ${entries.length.toLocaleString('en-GB')}.`;
    more.textContent = `Show ${Math.min(pageSize, remaining).toLocaleString('en-GB')} more`;
    moreBox.hidden = remaining <= 0;
  };
  more.addEventListener('click', showMore);
  showMore();

  section.append(
    h('p', {}, `${count(entries.length, 'decision', 'decisions')}, oldest first. ✓ granted, ✗ refused. Choose “View text” to read what that visitor was shown.`),
    h('div', { class: 'table-wrap audit-table-wrap', role: 'region', 'aria-labelledby': captionId, tabindex: '0' }, table),
    moreBox,
  );

  // Open on the newest decision that has its text: the one in force.
  const newest = [...rows].reverse().find((r) => r.button);
  if (newest) select(newest.row, newest.entry, newest.button, false);
  return section;
}

/** Facts, decisions table and text panel for a file shaped like an export (verified or not). */
export function renderReport(file: Record<string, unknown> & { entries: unknown[] }, verification: ExportVerification, options: ReportOptions = {}): HTMLElement {
  const texts = isRecord(file['texts']) ? file['texts'] : {};
  const panel = createTextPanel(texts);
  const decisions = renderDecisions(file.entries, texts, verification, panel, Math.max(1, options.pageSize ?? 500));
  return h('div', { class: 'audit-report' }, renderFacts(file, verification), decisions, file.entries.length > 0 ? panel.element : null);
}

/**
 * The parts of a results area: a live region for the verdict (kept across
 * renders so screen readers announce each new one) and the report below it.
 */
export function createResultsArea(): HTMLElement {
  return h('div', { class: 'audit-results' }, h('div', { class: 'audit-results__verdict', role: 'status' }), h('div', { class: 'audit-results__report' }));
}

function slots(target: HTMLElement): { verdict: HTMLElement; report: HTMLElement } {
  let verdict = target.querySelector<HTMLElement>(':scope > .audit-results__verdict');
  let report = target.querySelector<HTMLElement>(':scope > .audit-results__report');
  if (!verdict || !report) {
    const area = createResultsArea();
    [verdict, report] = [area.firstElementChild as HTMLElement, area.lastElementChild as HTMLElement];
    target.classList.add('audit-results');
    target.replaceChildren(verdict, report);
  }
  return { verdict, report };
}

/** Shows "Checking…" while a file is read and verified. */
export function renderChecking(target: HTMLElement, fileName: string): void {
  const { verdict, report } = slots(target);
  verdict.replaceChildren(h('p', { class: 'audit-checking' }, `Checking ${fileName}…`));
  report.replaceChildren();
}

/**
 * Renders one outcome into `target` (a results area, or any element, which
 * becomes one): the verdict, then the report when the file is an export.
 */
export function renderAudit(target: HTMLElement, outcome: AuditOutcome, options: ReportOptions = {}): void {
  const { verdict, report } = slots(target);
  if ('error' in outcome) {
    verdict.replaceChildren(renderFileError(outcome.error, outcome.fileName));
    report.replaceChildren();
  } else if (!isLogExport(outcome.value)) {
    // Not an export at all: the verifier's file-level problem says what it expected.
    const reason = outcome.verification.problems[0]?.problem ?? `expected a "${EXPORT_FORMAT}" export`;
    verdict.replaceChildren(renderFileError(`this is not a consent-log export (${reason})`, outcome.fileName));
    report.replaceChildren();
  } else {
    verdict.replaceChildren(renderVerdict(outcome.verification, outcome.fileName));
    report.replaceChildren(renderReport(outcome.value, outcome.verification, options));
  }
}
