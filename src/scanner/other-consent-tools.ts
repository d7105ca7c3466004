/**
 * Rejecting or accepting in consent tools other than ours, so that a site
 * owner moving from another tool can scan the site as it is. DuckDuckGo's
 * autoconsent does the clicking: it knows hundreds of consent tools by rules
 * kept up to date by its maintainers, and ships those rules in the package,
 * so it works offline. Only its real opt-in/opt-out steps are used: its
 * "cosmetic" rules, which merely hide a banner, are switched off, since
 * hiding is no choice.
 *
 * Its content script runs in the top frame only (Puppeteer's bindings do not
 * say which frame called): a consent tool inside an iframe is not operated.
 * Withdrawal is not among its actions, so `withdraw` does not run for them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';

interface AutoconsentFiles {
  script: string;
  rules: string;
}

let files: Promise<AutoconsentFiles> | undefined;

/** The content script and the rule bundle, read once per scan. */
function autoconsentFiles(): Promise<AutoconsentFiles> {
  files ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
    const [script, rules] = await Promise.all([
      readFile(join(dist, 'autoconsent.playwright.js'), 'utf8'),
      readFile(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8'),
    ]);
    return { script: `if (window.top === window) {\n${script}\n}`, rules };
  })();
  return files;
}

interface Message {
  type: string;
  id?: string;
  code?: string;
  cmp?: string;
  result?: boolean;
  state?: { lifecycle?: string };
}

export type OtherToolAction = 'optOut' | 'optIn';

/** How long autoconsent may look for a consent tool it knows. */
const DETECT_MS = 5000;

/**
 * Makes the choice in the consent tool on the page (already loaded) and
 * resolves to the tool's name once autoconsent says it succeeded; rejects
 * when it finds no tool it knows, or the choice failed.
 */
export async function chooseInOtherTool(page: Page, action: OtherToolAction, timeoutMs: number): Promise<string> {
  const { script, rules } = await autoconsentFiles();
  const reply = (message: object) => page.evaluate(`window.autoconsentReceiveMessage && window.autoconsentReceiveMessage(${JSON.stringify(message)})`).catch(() => undefined);
  let settle: (error: Error | null, cmp?: string) => void = () => undefined;
  let found: (cmp: string) => void = () => undefined;
  const outcome = new Promise<string>((resolve, reject) => {
    // Finding a tool gets a short time (a page without one must not hold the scan up); the choice the usual one.
    let timer = setTimeout(() => reject(new Error(`autoconsent found no consent tool it knows within ${DETECT_MS / 1000} s`)), DETECT_MS);
    found = (cmp) => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new Error(`autoconsent found ${cmp} but its choice did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    };
    settle = (error, cmp = '') => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(cmp);
    };
  });
  // Nobody may be waiting yet when it fails early; the caller awaits it below.
  outcome.catch(() => undefined);
  await page.exposeFunction('autoconsentSendMessage', async (message: Message) => {
    switch (message.type) {
      case 'init':
        await page.evaluate(
          `window.autoconsentReceiveMessage({ type: 'initResp', config: ${JSON.stringify({
            enabled: true,
            autoAction: action,
            disabledCmps: [],
            enablePrehide: false,
            enableCosmeticRules: false,
            enableGeneratedRules: true,
            enableHeuristicDetection: false,
            heuristicMode: 'off',
            // About half a second each, waiting for the page to change in between.
            detectRetries: 10,
            isMainWorld: true,
            prehideTimeout: 2000,
            logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
          })}, rules: ${rules} })`,
        );
        break;
      case 'eval':
        await reply({ type: 'evalResp', id: message.id, result: await page.evaluate(message.code ?? 'undefined').catch(() => false) });
        break;
      case 'cmpDetected':
        found(message.cmp ?? 'a consent tool');
        break;
      case 'optOutResult':
      case 'optInResult':
        if (message.result) settle(null, message.cmp ?? 'unknown');
        else settle(new Error(`autoconsent could not ${action === 'optOut' ? 'reject' : 'accept'} in ${message.cmp ?? 'the consent tool'}`));
        break;
      case 'report':
        if (message.state?.lifecycle === 'nothingDetected') settle(new Error('autoconsent found no consent tool it knows on the page'));
        break;
    }
  });
  await page.evaluate(script);
  return outcome;
}
