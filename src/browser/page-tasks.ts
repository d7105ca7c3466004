/**
 * Small page-side helpers the loader and the controller both use (each
 * bundle carries its own copy; the source is one).
 */

/** Where the UI language comes from, in order (core/language.ts picks): the config's, the page's, the browser's. */
export function languageCandidates(configLanguage: unknown, doc: Document): string[] {
  return [typeof configLanguage === 'string' ? configLanguage : '', doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])];
}

/** Runs `work` when the browser is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(win: Window | null, work: () => unknown): void {
  if (win?.requestIdleCallback) win.requestIdleCallback(() => void work(), { timeout: 5000 });
  else setTimeout(() => void work(), 1000);
}

/** Lets the page render and respond before the next piece of work (a new task, not a microtask). */
export function nextTask(win: Window | null): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } } | null)?.scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The persistent "Cookie settings" button (config `settingsButton`), once the page has a body. */
export function addSettingsButton(doc: Document): void {
  const add = (): void => {
    const button = doc.createElement('cookie-consent-link');
    button.setAttribute('floating', '');
    doc.body.append(button);
  };
  if (doc.body) add();
  else doc.addEventListener('DOMContentLoaded', add, { once: true });
}
