// Says plainly which browser is missing before the test runner starts,
// instead of letting it fail with a launcher stack trace. Installs nothing.
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from './browser-paths.mjs';

const missing = [];
if (!chromiumPath()) missing.push('no Chromium found: apt-get install -y chromium, or set CHROME_PATH');
if (!firefoxPath()) missing.push('no Firefox found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
if (!existsSync(new URL('../dist/web/cookie-consent.js', import.meta.url))) missing.push('dist/ is not built: run npm run build');
if (missing.length > 0) {
  for (const line of missing) console.error(`test: ${line}`);
  process.exit(1);
}
