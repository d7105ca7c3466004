/**
 * The audit page's small DOM vocabulary: elements built from text (never from
 * markup: the file is untrusted), and how the file's values read on screen.
 */

export type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export const hiddenText = (text: string): HTMLElement => h('span', { class: 'visually-hidden' }, text);
export const mark = (symbol: string): HTMLElement => h('span', { 'aria-hidden': 'true' }, symbol);

let lastId = 0;
/** Ids unique in the document, so two reports (or a test's several) never share one. */
export const uniqueId = (name: string): string => `audit-${name}-${++lastId}`;

/** A value from the file as display text; structured values as (capped) JSON. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value) ?? '';
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

export const orDash = (text: string): string => (text === '' ? '—' : text);

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

// The auditor's own locale and time zone, named, so "local" is never ambiguous.
const LOCAL_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** An ISO time as recorded, with the auditor's local time under it. */
export function timeNodes(value: unknown): Node[] {
  const iso = show(value);
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return [document.createTextNode(orDash(iso))];
  return [h('time', { datetime: iso }, iso), h('span', { class: 'audit-local-time' }, LOCAL_TIME.format(ms))];
}

/** A long identifier shortened on screen, whole for screen readers and on hover. */
export function shortened(value: unknown, keep: number): Node {
  const full = show(value);
  if (full.length <= keep + 1) return h('code', {}, orDash(full));
  return h('span', { class: 'audit-short', title: full }, h('code', { 'aria-hidden': 'true' }, `${full.slice(0, keep)}…`), hiddenText(full));
}

