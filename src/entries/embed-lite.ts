/**
 * The lite one-script-tag build (`dist/cookie-consent-lite.js`): the same
 * widget as `cookie-consent.js` without the automatic blocker, for sites that
 * mark every optional tag `type="text/plain" data-category` themselves. It is
 * the smallest thing a returning visitor's page can run.
 */
import { describeError } from '../core/problems.js';
import { startPage } from '../session/start-page.js';

try {
  startPage();
} catch (error) {
  console.error(`cookie-consent: could not start (${describeError(error)}); nothing optional will run`);
}
