/**
 * Builds the benchmark page for one widget from the demo's article page
 * (demo/index.html), so every widget is measured on the same realistic
 * document: the same CSS, text, inline SVG and deferred site script.
 *
 * Only the consent wiring differs between widgets. The demo's own widget
 * tags are swapped for the widget's head markup, and its two blocked
 * analytics tags for one tag in that widget's blocking syntax. Each swap
 * must match exactly once, so a change to the demo page stops the
 * benchmark instead of silently measuring a different page.
 */
import { readFileSync } from 'node:fs';

/** The demo's widget config and loader, which open its `<head>`. */
const DEMO_WIDGET = /^ *<script type="application\/json" id="cookie-consent-config">.*<\/script>\n *<script src="\/cookie-consent\/cookie-consent\.js"><\/script>\n/m;

/** The demo's blocked analytics tag and its inline config call. */
const DEMO_ANALYTICS = /^ *<script type="text\/plain" data-category="analytics" data-src="\/vendor\/analytics\.js"[^>]*><\/script>\n *<script type="text\/plain" data-category="analytics"[^>]*>.*<\/script>\n/m;

/**
 * The sponsor frame is blocked in our widget's syntax only; left as it is, our
 * widget would build a consent placeholder the others never draw. An empty
 * frame of the same size keeps the layout and the work equal for everyone.
 */
const DEMO_SPONSOR_FRAME = /<iframe data-category="marketing" data-src="\/sponsor-frame\.html" ([^>]*)><\/iframe>/;

/**
 * @param {string} html
 * @param {RegExp} pattern
 * @param {string | ((match: string, ...groups: string[]) => string)} replacement
 */
function replaceOnce(html, pattern, replacement) {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags}g`));
  if (matches?.length !== 1) {
    throw new Error(`bench/page.mjs: expected one match of ${pattern} in demo/index.html, found ${matches?.length ?? 0}`);
  }
  return html.replace(pattern, /** @type {string} */ (replacement));
}

/**
 * @param {URL} demoPage file URL of demo/index.html
 * @returns {(widget: { head: string, analyticsTag: string }) => string}
 */
export function pageBuilder(demoPage) {
  const demo = readFileSync(demoPage, 'utf8');
  // Fail at start-up, not in the middle of a run.
  const template = replaceOnce(
    replaceOnce(replaceOnce(demo, DEMO_WIDGET, '<!--widget-head-->\n'), DEMO_ANALYTICS, '<!--analytics-tag-->\n'),
    DEMO_SPONSOR_FRAME,
    (_match, rest) => `<iframe ${rest}></iframe>`,
  );
  const indent = (markup) => markup.trim().split('\n').map((line) => `  ${line}`).join('\n');
  // Function replacements: widget markup may contain `$` sequences.
  return (widget) =>
    template
      .replace('<!--widget-head-->\n', () => (widget.head ? `${indent(widget.head)}\n` : ''))
      .replace('<!--analytics-tag-->\n', () => `${indent(widget.analyticsTag)}\n`);
}
