// Screenshots of the demo as a visitor sees it: banner and preferences, light
// and dark, at 320, 390 (a phone) and 1280 px. Needs the demo server running
// (npm start). The README's styling section shows the banner ones (docs/screenshots/).
// Usage: node scripts/screenshots.mjs [out-dir] [base-url]
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/* global document, window -- the callbacks below run inside the page */
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, chromiumPath } from './browser-paths.mjs';

const out = process.argv[2] ?? 'screenshots';
const base = process.argv[3] ?? 'http://localhost:8000/';
await mkdir(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromiumPath() ?? undefined,
  headless: true,
  userDataDir: await mkdtemp(join(tmpdir(), 'cc-shots-')),
  args: CHROMIUM_ARGS,
});
try {
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of [[320, 640], [390, 844], [1280, 800]]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(base, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]:not([hidden])'));
      // The banner with a strip of the page above it, at rest (it rises in over 180 ms): small enough for the README.
      const top = await page.evaluate(async () => {
        const banner = document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]');
        await Promise.all(banner.getAnimations().map((animation) => animation.finished));
        return banner.getBoundingClientRect().top;
      });
      const y = Math.max(0, Math.floor(top) - 32);
      await page.screenshot({ path: join(out, `banner-${scheme}-${width}.png`), clip: { x: 0, y, width, height: height - y } });
      await page.evaluate(() => window.CookieConsent.showPreferences());
      await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('dialog[open]'));
      await page.screenshot({ path: join(out, `preferences-${scheme}-${width}.png`) });
      await context.close();
      console.log(`screenshots: ${scheme} ${width}px done`);
    }
  }
} finally {
  await browser.close();
}
