/**
 * The panel beside the decisions table: the text one decision's visitor was
 * shown, as archived in the export (owner, strings, categories and services).
 */
import { isRecord } from '../core/problems.js';
import { fill } from '../core/fill-template.js';
import { count, h, orDash, shortened, show, timeNodes, uniqueId, type Child } from './audit-dom.js';

/** The panel beside the table: the text one decision's visitor was shown. */
export interface TextPanel {
  element: HTMLElement;
  show(entry: Record<string, unknown>, returnTo: HTMLElement | null, moveFocus: boolean): void;
}

function labelledList(items: [string, Child[]][]): HTMLElement {
  return h('dl', { class: 'audit-facts audit-facts--compact' }, ...items.map(([term, detail]) => h('div', { class: 'audit-facts__item' }, h('dt', {}, term), h('dd', {}, ...detail))));
}

function renderCategory(raw: unknown): HTMLElement {
  const category = isRecord(raw) ? raw : {};
  const services = Array.isArray(category['services']) ? category['services'] : [];
  const item = h(
    'li',
    { class: 'audit-category' },
    h(
      'h4',
      { class: 'audit-category__label' },
      orDash(show(category['label'])),
      ' ',
      h('span', { class: 'audit-badge' }, category['required'] === true ? 'Always on' : 'Optional'),
    ),
    h('p', { class: 'audit-category__key' }, 'Key: ', h('code', {}, orDash(show(category['key'])))),
    h('p', {}, orDash(show(category['description']))),
  );
  if (services.length > 0) {
    const list = h('ul', { class: 'audit-services' });
    for (const rawService of services) {
      const service = isRecord(rawService) ? rawService : {};
      const provider = show(service['provider']);
      const thirdParty = service['thirdParty'] === true ? ' (shared with a third party)' : service['thirdParty'] === false ? ' (not shared with a third party)' : '';
      const line = h('li', {}, h('strong', {}, orDash(show(service['label']))), provider ? ` — ${provider}` : '', thirdParty);
      const description = show(service['description']);
      if (description) line.append(h('br'), description);
      const cookies = Array.isArray(service['cookies']) ? service['cookies'] : [];
      if (cookies.length > 0) {
        const names = cookies.map((rawCookie) => {
          const cookie = isRecord(rawCookie) ? rawCookie : {};
          const details = [show(cookie['duration']), show(cookie['description'])].filter(Boolean).join(', ');
          return details ? `${show(cookie['name'])} (${details})` : show(cookie['name']);
        });
        line.append(h('br'), `Cookies: ${names.join('; ')}`);
      }
      list.append(line);
    }
    item.append(list);
  }
  return item;
}

/** How a part of the widget looked: its title, its body and the buttons under it. */
function preview(title: string, strings: Record<string, unknown>, owner: string, titleKey: string, bodyKey: string, buttonKeys: string[]): HTMLElement[] {
  const text = (key: string): string => fill(show(strings[key]), { owner });
  const buttons = buttonKeys.map((key) => show(strings[key])).filter(Boolean);
  const box = h('div', { class: 'audit-preview' });
  if (text(titleKey)) box.append(h('p', { class: 'audit-preview__title' }, text(titleKey)));
  if (text(bodyKey)) box.append(h('p', {}, text(bodyKey)));
  if (buttons.length > 0) {
    box.append(h('p', { class: 'audit-preview__buttons-label' }, 'Buttons:'), h('ul', { class: 'audit-preview__buttons' }, ...buttons.map((label) => h('li', {}, label))));
  }
  return [h('h3', {}, title), box];
}

function renderShownText(text: unknown, entry: Record<string, unknown>): Child[] {
  if (!isRecord(text)) return [h('pre', { class: 'audit-raw' }, show(text))];
  const strings = isRecord(text['strings']) ? text['strings'] : {};
  const categories = Array.isArray(text['categories']) ? text['categories'] : [];
  // The widget writes the owner's name into its texts the same way.
  const owner = show(text['owner']) || show(strings['banner.ownerFallback']);
  const keys = Object.keys(strings);
  const stringsCaption = uniqueId('strings');
  return [
    labelledList([
      ['Owner', [orDash(show(text['owner']))]],
      ['Language', [orDash(show(text['language']))]],
      ['Revision', [orDash(show(text['revision']))]],
      ['Privacy policy link', [h('code', {}, orDash(show(text['policyUrl'])))]],
      ['Page', [h('code', {}, orDash(show(entry['url'])))]],
      ['Text hash', [shortened(entry['textHash'], 16)]],
    ]),
    ...preview('Banner', strings, owner, 'banner.title', 'banner.body', ['button.acceptAll', 'button.rejectAll', 'button.customise']),
    ...preview('Preferences', strings, owner, 'prefs.title', 'prefs.intro', ['button.save', 'button.withdraw']),
    h('h3', {}, 'Categories'),
    h('ul', { class: 'audit-categories' }, ...categories.map(renderCategory)),
    h(
      'details',
      { class: 'audit-strings' },
      h('summary', {}, `All ${count(keys.length, 'interface string', 'interface strings')}, exactly as archived`),
      h(
        'div',
        { class: 'table-wrap', role: 'region', 'aria-labelledby': stringsCaption, tabindex: '0' },
        h(
          'table',
          {},
          h('caption', { id: stringsCaption, class: 'visually-hidden' }, 'Interface strings, exactly as archived'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'Text'))),
          h('tbody', {}, ...keys.map((key) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, key)), h('td', {}, show(strings[key]))))),
        ),
      ),
    ),
  ];
}

export function createTextPanel(texts: Record<string, unknown>): TextPanel {
  const titleId = uniqueId('text-title');
  const element = h('section', { class: 'audit-section audit-text', id: uniqueId('text'), 'aria-labelledby': titleId });
  const title = (text: string): HTMLElement => h('h2', { id: titleId, tabindex: '-1' }, text);
  element.append(title('Text shown'), h('p', {}, 'Choose “View text” in a row to read what that visitor was shown.'));

  return {
    element,
    show(entry, returnTo, moveFocus) {
      const hash = entry['textHash'];
      const known = typeof hash === 'string' && Object.hasOwn(texts, hash);
      const heading = title(`Text shown for seq ${show(entry['seq'])}`);
      const intro = h('p', { class: 'audit-text__intro' }, 'What the visitor read before the decision recorded at ', ...timeNodes(entry['at']).slice(0, 1), '.');
      const body: Child[] = known
        ? renderShownText(texts[hash], entry)
        : [h('p', {}, 'This file holds no archived text for this entry’s text hash (', shortened(hash, 16), '), so the words shown cannot be read here.')];
      const back = returnTo ? h('button', { type: 'button', class: 'audit-link-button audit-text__back' }, 'Back to the decisions table') : null;
      back?.addEventListener('click', () => returnTo!.focus());
      element.replaceChildren(...[heading, intro, ...body, back].filter((child): child is Node | string => !!child));
      if (moveFocus) heading.focus();
    },
  };
}
