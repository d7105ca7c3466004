/**
 * Finding start tags in a string of HTML the way the HTML tokenizer would:
 * comments and the text inside raw-text elements (`<script>`, `<style>`, …)
 * hold no tags, and a `>` inside a quoted attribute value ends nothing. Used
 * to rewrite tracker tags in markup passed to `document.write`. Pure: no DOM.
 */

/** A start tag's name, read where a `<` was found (sticky). */
const TAG_NAME = /<([a-zA-Z][^\t\n\f\r />]*)/y;
/** Elements whose content the tokenizer reads as text: no tags inside them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * Calls `rewrite` with every complete `<script …>` and `<iframe …>` start tag
 * in `markup` (the tag's text and its lower-case name) and puts what it
 * returns in the tag's place; null keeps the tag. Stops at what it cannot
 * read whole (a tag or comment split across `document.write` calls): the
 * rest stays as it is. Gives `markup` itself when nothing changed.
 */
export function rewriteStartTags(markup: string, rewrite: (tag: string, name: string) => string | null): string {
  if (!/<(?:script|iframe)/i.test(markup)) return markup;
  let out = '';
  let copied = 0;
  let at = 0;
  while (at < markup.length) {
    const open = markup.indexOf('<', at);
    if (open < 0) break;
    if (markup.startsWith('<!--', open)) {
      const close = markup.indexOf('-->', open + 4);
      if (close < 0) break;
      at = close + 3;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const name = TAG_NAME.exec(markup)?.[1]?.toLowerCase();
    if (!name) {
      at = open + 1;
      continue;
    }
    const end = startTagEnd(markup, open + 1 + name.length);
    if (end < 0) break;
    if (name === 'script' || name === 'iframe') {
      const replacement = rewrite(markup.slice(open, end + 1), name);
      if (replacement !== null) {
        out += markup.slice(copied, open) + replacement;
        copied = end + 1;
      }
    }
    at = end + 1;
    if (name === 'plaintext') break;
    if (RAW_TEXT.has(name)) {
      // Case-insensitive search in place: lower-casing the whole string could shift indices.
      const closer = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      closer.lastIndex = at;
      const close = closer.exec(markup);
      if (!close) break;
      at = close.index + 2;
    }
  }
  return copied === 0 ? markup : out + markup.slice(copied);
}

/** The end (index of `>`) of a start tag whose name ends at `from`, honouring quoted values; -1 when incomplete. */
export function startTagEnd(markup: string, from: number): number {
  for (let at = from; at < markup.length; at++) {
    const char = markup[at];
    if (char === '>') return at;
    if (char !== '=') continue;
    at++;
    while (at < markup.length && /[\t\n\f\r ]/.test(markup[at]!)) at++;
    const quote = markup[at];
    if (quote === '"' || quote === "'") {
      const close = markup.indexOf(quote, at + 1);
      if (close < 0) return -1;
      at = close;
    } else {
      at--; // an unquoted value: read on from here
    }
  }
  return -1;
}
