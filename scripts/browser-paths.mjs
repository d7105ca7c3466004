// Where Debian's browsers live, or where CHROME_PATH / FIREFOX_PATH point.
import { existsSync } from 'node:fs';

const first = (candidates) => candidates.find((path) => path && existsSync(path)) ?? null;

export const chromiumPath = () =>
  first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

export const firefoxPath = () => first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** Flags Debian's Chromium needs headless as root on this kind of machine (see ../shared/TOOLING.md), quiet and offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
];
