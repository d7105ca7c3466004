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

type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

const hiddenText = (text: string): HTMLElement => h('span', { class: 'visually-hidden' }, text);
const mark = (symbol: string): HTMLElement => h('span', { 'aria-hidden': 'true' }, symbol);

let lastId = 0;
/** Ids unique in the document, so two reports (or a test's several) never share one. */
const uniqueId = (name: string): string => `audit-${name}-${++lastId}`;

/** A value from the file as display text; structured values as (capped) JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value) ?? '';
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

const orDash = (text: string): string => (text === '' ? '—' : text);

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

// The auditor's own locale and time zone, named, so "local" is never ambiguous.
const LOCAL_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** An ISO time as recorded, with the auditor's local time under it. */
function timeNodes(value: unknown): Node[] {
  const iso = show(value);
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return [document.createTextNode(orDash(iso))];
  return [h('time', { datetime: iso }, iso), h('span', { class: 'audit-local-time' }, LOCAL_TIME.format(ms))];
}

/** A long identifier shortened on screen, whole for screen readers and on hover. */
function shortened(value: unknown, keep: number): Node {
  const full = show(value);
  if (full.length <= keep + 1) return h('code', {}, orDash(full));
  return h('span', { class: 'audit-short', title: full }, h('code', { 'aria-hidden': 'true' }, `${full.slice(0, keep)}…`), hiddenText(full));
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

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

/** The panel beside the table: the text one decision's visitor was shown. */
interface TextPanel {
  element: HTMLElement;
  show(entry: Record<string, unknown>, returnTo: HTMLElement | null, moveFocus: boolean): void;
}

function labelledList(items: [string, Child[]][]): HTMLElement {
  return h('dl', { class: 'audit-facts audit-facts--compact' }, ...items.map(([term, detail]) => h('div', { class: 'audit-facts__item' }, h('dt', {}, term), h('dd', {}, ...detail))));
}

function renderCategory(raw: unknown): HTMLElement {
  const category = isRecord(raw) ? raw : {};
  const services = Array.isArray(category['services']) ? category['services'] : [];
  const item = h(
    'li',
    { class: 'audit-category' },
    h(
      'h4',
      { class: 'audit-category__label' },
      orDash(show(category['label'])),
      ' ',
      h('span', { class: 'audit-badge' }, category['required'] === true ? 'Always on' : 'Optional'),
    ),
    h('p', { class: 'audit-category__key' }, 'Key: ', h('code', {}, orDash(show(category['key'])))),
    h('p', {}, orDash(show(category['description']))),
  );
  if (services.length > 0) {
    const list = h('ul', { class: 'audit-services' });
    for (const rawService of services) {
      const service = isRecord(rawService) ? rawService : {};
      const provider = show(service['provider']);
      const line = h('li', {}, h('strong', {}, orDash(show(service['label']))), provider ? ` — ${provider}` : '');
      const description = show(service['description']);
      if (description) line.append(h('br'), description);
      const cookies = Array.isArray(service['cookies']) ? service['cookies'] : [];
      if (cookies.length > 0) {
        const names = cookies.map((rawCookie) => {
          const cookie = isRecord(rawCookie) ? rawCookie : {};
          const details = [show(cookie['duration']), show(cookie['description'])].filter(Boolean).join(', ');
          return details ? `${show(cookie['name'])} (${details})` : show(cookie['name']);
        });
        line.append(h('br'), `Cookies: ${names.join('; ')}`);
      }
      list.append(line);
    }
    item.append(list);
  }
  return item;
}

/** How a part of the widget looked: its title, its body and the buttons under it. */
function preview(title: string, strings: Record<string, unknown>, owner: string, titleKey: string, bodyKey: string, buttonKeys: string[]): HTMLElement[] {
  const text = (key: string): string => fill(show(strings[key]), { owner });
  const buttons = buttonKeys.map((key) => show(strings[key])).filter(Boolean);
  const box = h('div', { class: 'audit-preview' });
  if (text(titleKey)) box.append(h('p', { class: 'audit-preview__title' }, text(titleKey)));
  if (text(bodyKey)) box.append(h('p', {}, text(bodyKey)));
  if (buttons.length > 0) {
    box.append(h('p', { class: 'audit-preview__buttons-label' }, 'Buttons:'), h('ul', { class: 'audit-preview__buttons' }, ...buttons.map((label) => h('li', {}, label))));
  }
  return [h('h3', {}, title), box];
}

function renderShownText(text: unknown, entry: Record<string, unknown>): Child[] {
  if (!isRecord(text)) return [h('pre', { class: 'audit-raw' }, show(text))];
  const strings = isRecord(text['strings']) ? text['strings'] : {};
  const categories = Array.isArray(text['categories']) ? text['categories'] : [];
  // The widget writes the owner's name into its texts the same way.
  const owner = show(text['owner']) || show(strings['banner.ownerFallback']);
  const keys = Object.keys(strings);
  const stringsCaption = uniqueId('strings');
  return [
    labelledList([
      ['Owner', [orDash(show(text['owner']))]],
      ['Language', [orDash(show(text['language']))]],
      ['Revision', [orDash(show(text['revision']))]],
      ['Privacy policy link', [h('code', {}, orDash(show(text['policyUrl'])))]],
      ['Page', [h('code', {}, orDash(show(entry['url'])))]],
      ['Text hash', [shortened(entry['textHash'], 16)]],
    ]),
    ...preview('Banner', strings, owner, 'banner.title', 'banner.body', ['button.acceptAll', 'button.rejectAll', 'button.customise']),
    ...preview('Preferences', strings, owner, 'prefs.title', 'prefs.intro', ['button.save', 'button.withdraw']),
    h('h3', {}, 'Categories'),
    h('ul', { class: 'audit-categories' }, ...categories.map(renderCategory)),
    h(
      'details',
      { class: 'audit-strings' },
      h('summary', {}, `All ${count(keys.length, 'interface string', 'interface strings')}, exactly as archived`),
      h(
        'div',
        { class: 'table-wrap', role: 'region', 'aria-labelledby': stringsCaption, tabindex: '0' },
        h(
          'table',
          {},
          h('caption', { id: stringsCaption, class: 'visually-hidden' }, 'Interface strings, exactly as archived'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'Text'))),
          h('tbody', {}, ...keys.map((key) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, key)), h('td', {}, show(strings[key]))))),
        ),
      ),
    ),
  ];
}

function createTextPanel(texts: Record<string, unknown>): TextPanel {
  const titleId = uniqueId('text-title');
  const element = h('section', { class: 'audit-section audit-text', id: uniqueId('text'), 'aria-labelledby': titleId });
  const title = (text: string): HTMLElement => h('h2', { id: titleId, tabindex: '-1' }, text);
  element.append(title('Text shown'), h('p', {}, 'Choose “View text” in a row to read what that visitor was shown.'));

  return {
    element,
    show(entry, returnTo, moveFocus) {
      const hash = entry['textHash'];
      const known = typeof hash === 'string' && Object.hasOwn(texts, hash);
      const heading = title(`Text shown for seq ${show(entry['seq'])}`);
      const intro = h('p', { class: 'audit-text__intro' }, 'What the visitor read before the decision recorded at ', ...timeNodes(entry['at']).slice(0, 1), '.');
      const body: Child[] = known
        ? renderShownText(texts[hash], entry)
        : [h('p', {}, 'This file holds no archived text for this entry’s text hash (', shortened(hash, 16), '), so the words shown cannot be read here.')];
      const back = returnTo ? h('button', { type: 'button', class: 'audit-link-button audit-text__back' }, 'Back to the decisions table') : null;
      back?.addEventListener('click', () => returnTo!.focus());
      element.replaceChildren(...[heading, intro, ...body, back].filter((child): child is Node | string => !!child));
      if (moveFocus) heading.focus();
    },
  };
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
      h('td', {}, orDash(show(entry['action']))),
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
