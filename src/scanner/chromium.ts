/**
 * Starts the headless Chromium the scan drives: Debian's, or the one
 * CHROME_PATH names. Nothing is downloaded; without a browser the scan says
 * how to get one.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export class ScanSetupError extends Error {}

/** The browser to run: CHROME_PATH when set (and then only it), else the first installed candidate. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['CHROME_PATH'];
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new ScanSetupError(`CHROME_PATH points at ${configured}, which does not exist`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new ScanSetupError('no Chromium found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary');
  return found;
}

/**
 * Flags for a quiet, reproducible headless run. Cross-site frames share the
 * page's process (no site-per-process), so that one DevTools session sees
 * every frame's requests and cookies, and a scan uses less memory.
 */
const FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--mute-audio',
  '--hide-scrollbars',
  '--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter',
  // navigator.webdriver stays false, as for a visitor: several consent tools hide their banner from
  // automated browsers (vanilla-cookieconsent's hideFromBots), and the scan must see what visitors see.
  '--disable-blink-features=AutomationControlled',
];

export async function launchChromium(extraArgs: readonly string[]): Promise<Browser> {
  const executablePath = chromiumPath();
  const { default: puppeteer } = await import('puppeteer-core');
  // Chromium refuses to start its sandbox as root (containers, CI): only then without it.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      args: [...FLAGS, ...sandbox, ...extraArgs],
      // The scan has its own progress; Chromium's chatter would only bury it.
      dumpio: false,
      protocolTimeout: 60_000,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ScanSetupError(`${executablePath} did not start: ${reason}`);
  }
}
