import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { MAX_EXPORT_BYTES, mountAuditPage, type AuditPage } from '../../src/audit/audit-app.js';
import { renderAudit } from '../../src/audit/render-audit.js';
import type { LogExport } from '../../src/core/export.js';
import { canonicalJson, entryHash, type LogEntry } from '../../src/core/log.js';
import { sha256Hex } from '../../src/core/sha256.js';
import type { ShownText } from '../../src/core/shown-text.js';
import { verifyExport } from '../../src/core/verify-export.js';
import { BASIC_CONFIG, openPage, resetSite } from '../support/site-page.js';

type LogFile = Omit<LogExport, 'entries'> & { entries: LogEntry[] };

const HOSTILE = '<img src=x onerror="window.__xss=1">';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & { axe?: { run: (context: Element, options: unknown) => Promise<AxeResult> }; __xss?: number };

function load<T extends HTMLLinkElement | HTMLScriptElement>(element: T): Promise<void> {
  return new Promise((resolve, reject) => {
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(`${element.outerHTML} did not load`));
    document.head.append(element);
  });
}

/** The demo's own styles, so layout and contrast are checked as the page shows them. */
async function loadPageStyles(): Promise<void> {
  for (const href of ['/demo/demo.css', '/demo/audit.css']) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    await load(link);
  }
}

async function axeViolations(target: Element): Promise<string[]> {
  const win = window as AxeWindow;
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await load(script);
  }
  const result = await win.axe!.run(target, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** A real export: three decisions made through the widget on a site page. */
async function exportFromSite(): Promise<LogFile> {
  const page = await openPage({ config: { ...BASIC_CONFIG, reloadOnWithdraw: false } });
  await page.win.CookieConsent.acceptAll();
  await page.win.CookieConsent.save({ analytics: true });
  await page.win.CookieConsent.rejectAll();
  return JSON.parse(await page.win.CookieConsent.exportLog('json')) as LogFile;
}

/** Re-hashes texts and entries after an edit, as a forger with the algorithm would: the file verifies again. */
async function resealed(file: LogFile): Promise<LogFile> {
  const renamed = new Map<string, string>();
  const texts: Record<string, ShownText> = {};
  for (const [old, text] of Object.entries(file.texts)) {
    const hash = await sha256Hex(canonicalJson(text));
    renamed.set(old, hash);
    texts[hash] = text;
  }
  let previous = file.entries[0]!.prevHash;
  for (const entry of file.entries) {
    entry.textHash = renamed.get(entry.textHash) ?? entry.textHash;
    entry.prevHash = previous;
    entry.hash = await entryHash(entry);
    previous = entry.hash;
  }
  return { ...file, texts };
}

async function rendered(value: unknown, container: HTMLElement): Promise<HTMLElement> {
  renderAudit(container, { fileName: 'consent-log.json', value, verification: await verifyExport(value) });
  return container;
}

function fileOf(content: string, name = 'consent-log.json'): File {
  return new File([content], name, { type: 'application/json' });
}

/** Chooses a file through the input, as the browser does after the file chooser closes. */
async function choose(page: AuditPage, file: File): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  page.input.files = transfer.files;
  page.input.dispatchEvent(new Event('change', { bubbles: true }));
  await page.settled();
}

const verdictOf = (container: HTMLElement): HTMLElement => container.querySelector<HTMLElement>('[role="status"]')!;
const text = (element: Element | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowButton = (container: HTMLElement, index: number): HTMLButtonElement =>
  container.querySelectorAll('tbody')[0]!.rows[index]!.querySelector<HTMLButtonElement>('button')!;

describe('the auditor’s page', () => {
  let original: LogFile;
  let container: HTMLElement;

  before(async () => {
    await resetSite();
    await loadPageStyles();
    original = await exportFromSite();
    await resetSite();
  });
  after(resetSite);

  beforeEach(() => {
    container = document.createElement('div');
    container.className = 'audit-page';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const copy = (): LogFile => structuredClone(original);

  it('a good file: "Verified: 3 entries, chain intact", the file facts and one row per decision', async () => {
    await rendered(copy(), container);
    const verdict = verdictOf(container);
    expect(text(verdict.querySelector('h2'))).to.equal('✓Verified: 3 entries, chain intact');
    expect(text(verdict)).to.contain('File: consent-log.json');
    expect(text(container.querySelector('.audit-facts'))).to.contain(original.site).and.contain('cookie-consent-log/1').and.contain(original.widgetVersion);
    const rows = container.querySelector('tbody')!.rows;
    expect(rows.length).to.equal(3);
    const headers = Array.from(container.querySelectorAll('thead th'), (th) => th.textContent);
    expect(headers).to.include.members(['Seq', 'Consent ID', 'Action', 'Source', 'necessary', 'analytics', 'marketing', 'GPC', 'Revision', 'Language', 'Text shown']);
    expect(Array.from(container.querySelectorAll('th')).every((th) => th.getAttribute('scope'))).to.equal(true);
    // Row 0 is "accept-all": every category granted, said in words as well as ✓.
    expect(text(rows[0]!.cells[3]!)).to.equal('accept-all');
    expect(text(rows[0])).to.contain('granted');
    expect(text(rows[2])).to.contain('reject-all').and.contain('refused');
    // The consent ID is shortened on screen and whole for screen readers and on hover.
    const id = rows[0]!.querySelector('.audit-short')!;
    expect(id.getAttribute('title')).to.equal(original.entries[0]!.consentId);
    expect(text(id.querySelector('.visually-hidden'))).to.equal(original.entries[0]!.consentId);
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(original.entries[0]!.at);
  });

  it('a tampered file: "NOT verified", naming the edited entry by seq', async () => {
    const tampered = copy();
    tampered.entries[1]!.categories['marketing'] = true;
    await rendered(tampered, container);
    const verdict = verdictOf(container);
    expect(text(verdict.querySelector('h2'))).to.equal('✗NOT verified');
    expect(Array.from(verdict.querySelectorAll('li'), text)).to.deep.equal(['seq 1: its content does not match its hash: the entry was edited']);
    const rows = container.querySelector('tbody')!.rows;
    expect(rows[1]!.classList.contains('is-problem')).to.equal(true);
    expect(text(rows[1]!.querySelector('th'))).to.contain('has a problem');
    expect(rows[0]!.classList.contains('is-problem')).to.equal(false);
  });

  it('"View text" shows what that visitor was shown: owner, categories, banner strings', async () => {
    await rendered(copy(), container);
    const panel = container.querySelector<HTMLElement>('.audit-text')!;
    // The newest decision is open at first, without taking the focus.
    expect(text(panel.querySelector('h2'))).to.equal('Text shown for seq 2');
    const button = rowButton(container, 0);
    expect(text(button)).to.equal('View text for seq 0');
    expect(button.getAttribute('aria-controls')).to.equal(panel.id);
    button.click();
    expect(text(panel.querySelector('h2'))).to.equal('Text shown for seq 0');
    expect(document.activeElement === panel.querySelector('h2'), 'focus moves to the panel heading').to.equal(true);
    expect(container.querySelector('tbody')!.rows[0]!.classList.contains('is-selected')).to.equal(true);
    const shown = text(panel);
    expect(shown).to.contain('Test Press Ltd.').and.contain('Strictly necessary').and.contain('Analytics').and.contain('Marketing');
    expect(shown).to.contain('Your privacy choices').and.contain('Accept all').and.contain('Reject all');
    // {owner} is filled in as the widget fills it.
    expect(shown).to.contain('Test Press Ltd. uses cookies');
    const back = Array.from(panel.querySelectorAll('button')).find((b) => b.textContent === 'Back to the decisions table')!;
    back.click();
    expect(document.activeElement === button, 'focus is back on the row').to.equal(true);
  });

  it('"Load content" shows which embed it granted and leaves undecided purposes unrecorded; services say whether a third party gets access', async () => {
    const file = copy();
    Object.assign(file.entries[2]!, { action: 'load-content', source: 'placeholder', categories: { necessary: true }, embeds: ['host:video.example'] });
    const shownText = file.texts[file.entries[2]!.textHash]!;
    shownText.categories.find((category) => category.key === 'analytics')!.services = [
      { key: 'ga4', label: 'Google Analytics', provider: 'Google Ireland Ltd.', description: '', thirdParty: true, cookies: [] },
    ];
    const shown = await rendered(await resealed(file), container);
    expect(text(verdictOf(shown).querySelector('h2'))).to.equal('✓Verified: 3 entries, chain intact');
    const row = shown.querySelector('tbody')!.rows[2]!;
    expect(text(row.cells[3]!)).to.equal('load-content host:video.example');
    expect(text(row)).to.contain('not recorded');
    expect(text(shown.querySelector('.audit-services'))).to.contain('Google Analytics — Google Ireland Ltd. (shared with a third party)');
  });

  it('hostile markup in the file is shown as text: no element is created and no handler runs', async () => {
    const hostile = copy();
    const shownText = Object.values(hostile.texts)[0]!;
    shownText.owner = HOSTILE;
    shownText.categories[1]!.label = HOSTILE;
    shownText.categories[1]!.description = HOSTILE;
    shownText.strings['banner.title'] = HOSTILE;
    shownText.strings[HOSTILE] = HOSTILE;
    // One browser's chain keeps one consent ID, so all its entries carry the hostile one.
    for (const entry of hostile.entries) entry.consentId = HOSTILE;
    hostile.entries[0]!.language = HOSTILE;
    hostile.site = HOSTILE;
    await rendered(await resealed(hostile), container);
    expect(text(verdictOf(container).querySelector('h2'))).to.contain('Verified: 3 entries');
    rowButton(container, 0).click();
    container.querySelector('details')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelectorAll('img').length).to.equal(0);
    expect((window as AxeWindow).__xss).to.equal(undefined);
    const panel = text(container.querySelector('.audit-text'));
    expect(panel).to.contain(`Owner${HOSTILE}`);
    expect(panel.split(HOSTILE).length - 1).to.be.at.least(5);
    expect(text(container.querySelector('.audit-facts'))).to.contain(HOSTILE);
  });

  it('a file without its archived text says so instead of showing a text', async () => {
    const file = copy();
    file.texts = {};
    await rendered(file, container);
    expect(text(verdictOf(container))).to.contain('have no archived text in this file');
    expect(container.querySelectorAll('tbody button').length).to.equal(0);
    expect(text(container.querySelector('tbody'))).to.contain('Not in file');
  });

  it('an empty log verifies, with a note saying it is empty', async () => {
    await rendered({ ...copy(), entries: [], texts: {} }, container);
    const verdict = verdictOf(container);
    expect(text(verdict.querySelector('h2'))).to.contain('Verified: 0 entries, chain intact');
    expect(text(verdict)).to.contain('the log is empty');
    expect(text(container)).to.contain('The file holds no decisions.');
  });

  it('a long log is shown a page at a time', async () => {
    const value = copy();
    renderAudit(container, { value, verification: await verifyExport(value) }, { pageSize: 2 });
    const tbody = container.querySelector('tbody')!;
    expect(tbody.rows.length).to.equal(2);
    const more = container.querySelector<HTMLButtonElement>('.audit-more__button')!;
    expect(text(more)).to.equal('Show 1 more');
    more.click();
    expect(tbody.rows.length).to.equal(3);
    expect(container.querySelector<HTMLElement>('.audit-more')!.hidden).to.equal(true);
  });

  describe('choosing or dropping a file', () => {
    let page: AuditPage;
    beforeEach(() => {
      page = mountAuditPage(container);
    });

    it('the drop zone is the file input’s label, and the input is reachable by keyboard', () => {
      expect(page.input.type).to.equal('file');
      expect(page.input.labels?.[0] === page.dropZone, 'the drop zone labels the input').to.equal(true);
      expect(page.input.tabIndex).to.equal(0);
      expect(getComputedStyle(page.input).display).to.not.equal('none');
      expect(getComputedStyle(page.input).visibility).to.equal('visible');
      expect(text(page.dropZone)).to.contain('Choose a JSON export file').and.contain('drop it here');
      expect(container.querySelector('h2')!.textContent).to.equal('Choose an export file');
    });

    it('a chosen file is checked and its verdict announced in the live region', async () => {
      await choose(page, fileOf(JSON.stringify(original)));
      expect(page.results.querySelectorAll('[role="status"]').length).to.equal(1);
      expect(text(verdictOf(container))).to.contain('Verified: 3 entries, chain intact');
      expect(container.querySelector('tbody')!.rows.length).to.equal(3);
      // The same file can be chosen again.
      expect(page.input.value).to.equal('');
    });

    it('a dropped file is checked the same way', async () => {
      const transfer = new DataTransfer();
      transfer.items.add(fileOf(JSON.stringify(original)));
      page.dropZone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => text(verdictOf(container)).includes('Verified: 3 entries'), 'the dropped file was not checked');
    });

    it('a file that is not JSON gets a clear error', async () => {
      await choose(page, fileOf('entry,seq\n1,2\n', 'consent-log.csv'));
      const verdict = text(verdictOf(container));
      expect(verdict).to.contain('Cannot check this file').and.contain('consent-log.csv: the file is not valid JSON');
      expect(container.querySelectorAll('table').length).to.equal(0);
    });

    it('JSON in another format gets a clear error', async () => {
      await choose(page, fileOf(JSON.stringify({ format: 'something-else/2', entries: [] })));
      expect(text(verdictOf(container))).to.contain('Cannot check this file').and.contain('this is not a consent-log export').and.contain('something-else/2');
    });

    it('a file over the size limit (100 MB) is refused unread', async () => {
      expect(MAX_EXPORT_BYTES).to.equal(100 * 1024 * 1024);
      expect(text(page.dropZone)).to.contain('Up to 100 MB');
      const small = mountAuditPage(container, { maxBytes: 1024 });
      await choose(small, fileOf('x'.repeat(4096)));
      expect(text(verdictOf(container))).to.contain('Cannot check this file').and.contain('4 KB').and.contain('over 1 KB are refused without being opened');
    });

    it('axe-core finds no violation, verified or not', async () => {
      await choose(page, fileOf(JSON.stringify(original)));
      container.querySelector('details')!.open = true;
      expect(await axeViolations(container)).to.deep.equal([]);
      const tampered = copy();
      tampered.entries[0]!.action = 'withdraw';
      await choose(page, fileOf(JSON.stringify(tampered)));
      expect(text(verdictOf(container))).to.contain('NOT verified');
      expect(await axeViolations(container)).to.deep.equal([]);
      await choose(page, fileOf('not json'));
      expect(await axeViolations(container)).to.deep.equal([]);
    });

    it('at 320 px the table scrolls inside its own box and the page does not', async () => {
      // A real 320 px document with the demo's styles: overflow only shows at the page's own edge.
      const frame = document.createElement('iframe');
      frame.style.width = '320px';
      frame.style.height = '640px';
      frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/demo/demo.css"><link rel="stylesheet" href="/demo/audit.css"></head>
        <body><div class="container layout audit-layout"><main class="content audit-page"><div id="audit-app"></div></main></div></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const narrow = mountAuditPage(doc.getElementById('audit-app')!);
      await choose(narrow, fileOf(JSON.stringify(original)));
      const wrap = doc.querySelector<HTMLElement>('.audit-table-wrap')!;
      expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
      expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      expect(wrap.tabIndex).to.equal(0);
      expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
      // Whatever scrolls at this width can be scrolled by keyboard: axe, inside the narrow page.
      doc.querySelector('details')!.open = true;
      const frameWindow = frame.contentWindow as AxeWindow;
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        doc.head.append(script);
      });
      const result = await frameWindow.axe!.run(doc.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      expect(result.violations.map((v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)).to.deep.equal([]);
      frame.remove();
    });
  });
});
