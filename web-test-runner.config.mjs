// Browser tests in Debian's Chromium and Firefox ESR (see ../shared/TOOLING.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from './scripts/browser-paths.mjs';
import { realCollectorPlugin } from './test/support/real-collector-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testServerMiddleware } from './test/support/test-server.mjs';

const only = process.env.BROWSERS?.split(',');
const browsers = [];
if (!only || only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath() ?? undefined,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  );
}
if (!only || only.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath() ?? undefined, headless: true },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Every test file in one browser shares one origin and so one consent database: run them one at a time.
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), realCollectorPlugin()],
  middleware: [testServerMiddleware()],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter()],
};
