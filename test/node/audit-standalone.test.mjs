// The auditor's stand-alone page as an auditor uses it: dist/audit/cookie-consent-audit.html opened
// from disk (a file: URL, as a double click does) in headless Chromium, an export chosen, the verdict
// read. Every request the page makes is recorded: there must be none besides the file itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/* global document, window -- the callbacks below run inside the page */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser-paths.mjs';
import { exportFile } from './support/export-fixture.mjs';

const page = fileURLToPath(new URL('../../dist/audit/cookie-consent-audit.html', import.meta.url));

test('one self-contained, unbranded file: no external script, style, image or link', async () => {
  const html = await readFile(page, 'utf8');
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
  assert.doesNotMatch(html, /Harbour|Ledger/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
});

test('opened from disk, it verifies a chosen export and makes no request at all', { skip: !chromiumPath() && 'no Chromium' }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-audit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const good = join(dir, 'consent-log.json');
  await writeFile(good, JSON.stringify(exportFile(3)));
  const edited = exportFile(3);
  edited.entries[1].action = 'accept-all';
  const bad = join(dir, 'edited.json');
  await writeFile(bad, JSON.stringify(edited));

  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: join(dir, 'profile') });
  try {
    const tab = await browser.newPage();
    const url = pathToFileURL(page).href;
    const requests = [];
    tab.on('request', (request) => requests.push(request.url()));
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await tab.goto(url, { waitUntil: 'load' });
    const verdict = () => tab.$eval('#audit-app', (app) => app.textContent);

    const input = await tab.waitForSelector('input[type="file"]');
    await input.uploadFile(good);
    await tab.waitForFunction(() => document.querySelector('#audit-app').textContent.includes('Verified: 3 entries'));
    await input.uploadFile(bad);
    await tab.waitForFunction(() => document.querySelector('#audit-app').textContent.includes('NOT verified'));
    assert.match(await verdict(), /seq 1/);

    assert.deepEqual(requests.filter((request) => request !== url && !request.startsWith('data:')), []);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  } finally {
    await browser.close();
  }
});
