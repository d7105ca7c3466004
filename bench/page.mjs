/**
 * Builds the benchmark pages for one widget. There are two:
 *
 * - `light`: bench/pages/light.html, a short article written for the
 *   benchmark with inline CSS, an inline SVG and one tiny inline script: the
 *   kind of page where a consent tool's own cost is most of what a visitor
 *   waits for;
 * - `demo`: the demo's article page (demo/index.html): more CSS, text, a
 *   deferred site script and a frame, the page the project shows.
 *
 * Only the consent wiring differs between widgets. On the light page it goes
 * where the template has `<!--widget-head-->` and `<!--analytics-tag-->`. The demo's own widget
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

/** The demo page as a template with the two markers of the light page. */
function demoTemplate(demo) {
  // Fail at start-up, not in the middle of a run.
  return replaceOnce(
    replaceOnce(replaceOnce(demo, DEMO_WIDGET, '<!--widget-head-->\n'), DEMO_ANALYTICS, '<!--analytics-tag-->\n'),
    DEMO_SPONSOR_FRAME,
    (_match, rest) => `<iframe ${rest}></iframe>`,
  );
}

/** The pages, in table order: what `--page` accepts. */
export const PAGE_IDS = ['light', 'demo'];

/**
 * Elements whose layout shifts are the page's own doing, by page: the demo's
 * site.js writes today's date into the top bar, which moves its neighbours
 * whenever the page was painted before the deferred script ran (under a
 * widget that lets the first paint come earlier, in some runs). Shifts of
 * these alone are not counted against a widget; CLS as the visitor gets it
 * still includes them. The light page has none.
 */
export const PAGE_OWN_SHIFTS = { light: null, demo: '.topbar' };

/**
 * @param {URL} root file URL of the repository
 * @returns {Record<string, (widget: { head: string, analyticsTag: string }) => string>} a builder per page id
 */
export function pageBuilders(root) {
  const light = readFileSync(new URL('bench/pages/light.html', root), 'utf8');
  if (light.split('<!--widget-head-->\n').length !== 2 || light.split('<!--analytics-tag-->\n').length !== 2) {
    throw new Error('bench/pages/light.html: expected one <!--widget-head--> and one <!--analytics-tag--> line');
  }
  return {
    light: builder(light),
    demo: builder(demoTemplate(readFileSync(new URL('demo/index.html', root), 'utf8'))),
  };
}

/** @param {string} template a page with the two markers */
function builder(template) {
  const indent = (markup) => markup.trim().split('\n').map((line) => `  ${line}`).join('\n');
  // Function replacements: widget markup may contain `$` sequences.
  return (widget) =>
    template
      .replace('<!--widget-head-->\n', () => (widget.head ? `${indent(widget.head)}\n` : ''))
      .replace('<!--analytics-tag-->\n', () => `${indent(widget.analyticsTag)}\n`);
}
