/**
 * `cookie-consent-controller.js`, fetched when the page session needs more
 * than the loader carries: a config not validated before (validation with its
 * messages), a decision to make (the rules and a new consent ID), the UI to
 * show. It holds no state of the page's consent: it returns results, which the
 * session (src/session/page-session.ts) applies.
 */
export { checkConfig, labelLinks } from '../session/config-check.js';
export { ConsentUiHolder } from '../session/consent-ui-holder.js';
export { decide } from '../core/consent.js';
export { newConsentId } from '../core/consent-id.js';
/** ` (did you mean "analytics"?)` for a tag's unknown category: here, not in the loader, for its size. */
export { suggestion } from '../core/problems.js';

export type ControllerModule = typeof import('./controller.js');
