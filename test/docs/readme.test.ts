import { expect } from '@open-wc/testing';
import { CONFIG_OPTIONS, parseConfig } from '../../src/core/config.js';
import { WIDGET_VERSION } from '../../src/version.js';
import { BASIC_CONFIG, openPage, resetSite } from '../support/site-page.js';

/** The rows of the first table after a heading, as arrays of cell texts. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
  }
  return rows.slice(2); // header and separator
}

const codeNames = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('README tables match the code', () => {
  let readme = '';
  before(async () => {
    readme = await (await fetch('/README.md')).text();
  });
  after(resetSite);

  it('the options table lists exactly the config options, in order, with their real defaults', () => {
    const rows = tableAfter(readme, '## Options');
    expect(rows.map((row) => codeNames(row[0]!)[0])).to.deep.equal([...CONFIG_OPTIONS]);
    const parsed = parseConfig({ revision: 1, categories: {} });
    if (!parsed.ok) throw new Error('minimal config rejected');
    for (const [name, defaultCell] of rows) {
      const option = codeNames(name!)[0]!;
      const code = codeNames(defaultCell!)[0];
      // "(required)" and defaults described in their own table below have no literal to compare.
      if (code === undefined) continue;
      const literal = JSON.parse(code) as unknown;
      const actual = (parsed.config as unknown as Record<string, unknown>)[option];
      expect(actual, `default of ${option}`).to.deep.equal(literal);
    }
  });

  it('the API table lists every member of window.CookieConsent', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const documented = tableAfter(readme, '## JavaScript API')
      .flatMap((row) => codeNames(row[0]!))
      .map((name) => name.replace(/\(.*$/, ''));
    expect([...new Set(documented)].sort()).to.deep.equal(Object.keys(page.win.CookieConsent).sort());
  });

  it('the size table shows every page view the build measures, within 0.3 KB of the last build', async () => {
    const report = (await (await fetch('/dist/size-report.json')).json()) as { views: { name: string; gzip: number }[] };
    const rows = tableAfter(readme, '## Size and speed');
    expect(rows.map((row) => row[0])).to.deep.equal(report.views.map((view) => view.name));
    for (const view of report.views) {
      const cell = rows.find((row) => row[0] === view.name)![1]!;
      const kb = Number(/^([\d.]+) KB$/.exec(cell)?.[1]);
      expect(Math.abs(kb - view.gzip / 1024), `${view.name}: README says ${cell}, the build ${(view.gzip / 1024).toFixed(1)} KB`).to.be.at.most(0.3);
    }
  });

  it('the custom-property table lists every --cc-* property the styles read', async () => {
    const files = ['/src/ui/palette.styles.ts', '/src/ui/cookie-consent.styles.ts', '/src/ui/cookie-consent-placeholder.styles.ts'];
    const source = (await Promise.all(files.map(async (file) => (await fetch(file)).text()))).join('\n');
    const used = [...new Set([...source.matchAll(/var\((--cc-[a-z-]+)/g)].map((m) => m[1]!))].sort();
    const documented = tableAfter(readme, '## Styling').map((row) => codeNames(row[0]!)[0]!).sort();
    expect(documented).to.deep.equal(used);
  });

  it('the events table lists the events the widget dispatches', async () => {
    const documented = tableAfter(readme, '## Events').map((row) => codeNames(row[0]!)[0]).sort();
    const source = await (await fetch('/src/controller.ts')).text();
    const dispatched = [...new Set([...source.matchAll(/['"](cookie-consent:[a-z]+)['"]/g)].map((m) => m[1]!))].sort();
    expect(documented).to.deep.equal(dispatched);
  });

  it('the widget version equals package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(WIDGET_VERSION).to.equal(pkg.version);
  });
});
