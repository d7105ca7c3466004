/**
 * The widget's tag only protects what comes after it: a tracker tag that ran
 * earlier (or an `async`/`defer` on ours, which lets others run first) sets its
 * cookies before anyone was asked. Said once per page, naming the tag or the
 * attribute, with the fix. A script that must run first on purpose, and sets
 * nothing, can carry `data-cookie-consent-before` to be left out. Kept short:
 * every page downloads it.
 */

/** Script types a browser runs; JSON configs and tags marked `text/plain` never run by themselves. */
const RUNS = /^(|module|(text|application)\/(java|ecma)script)$/i;

export function warnIfNotFirst(own: HTMLScriptElement | null): void {
  if (!own) return;
  const delay = own.async ? 'async' : own.defer ? 'defer' : '';
  const first = [...document.scripts].find(
    (script) => script === own || (RUNS.test(script.type.trim()) && !script.hasAttribute('data-cookie-consent-before')),
  );
  const tag = first && first !== own ? `<script${first.src ? ` src="${first.src}">` : `>${first.text.trim().slice(0, 40)}`}` : '';
  if (delay || tag) {
    console.warn(
      `cookie-consent: ${delay ? `remove "${delay}" from the widget's tag` : `${tag} ran before the widget's tag, unblocked`}: ` +
        'put the widget first in <head>, without async or defer, or mark other tags type="text/plain" data-category="…"',
    );
  }
}
