/**
 * `cookie-consent-ui.js`, fetched only when something must be shown: the
 * banner, the preferences, a placeholder. Lit comes with it.
 */
export { mountConsentUi } from '../ui/consent-ui.js';
