// The custom-elements manifest the build writes from the elements' JSDoc, as a tool (an IDE, Storybook,
// a framework wrapper) finds it: through package.json's "customElements", inside the published package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}${pkg.customElements}`, 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, { ...d, module }])),
);
const names = (list) => (list ?? []).map((item) => item.name);

test('package.json points at the manifest, and the package ships it', () => {
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.equal(manifest.schemaVersion.split('.')[0], '1');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  assert.ok(packed.files.some((file) => file.path === pkg.customElements), 'dist/custom-elements.json is not in the package');
});

test('it lists the three elements, each with its class and define function', () => {
  assert.deepEqual([...elements.keys()].sort(), ['cookie-consent', 'cookie-consent-link', 'cookie-consent-placeholder']);
  const defines = { 'cookie-consent': 'defineCookieConsent', 'cookie-consent-link': 'defineCookieConsentLink', 'cookie-consent-placeholder': 'defineCookieConsentPlaceholder' };
  for (const [tag, element] of elements) {
    assert.ok(names(element.module.exports).includes(element.name), `${tag}: class not exported`);
    assert.ok(names(element.module.exports).includes(defines[tag]), `${tag}: no ${defines[tag]}`);
  }
});

test('<cookie-consent>: its attributes, parts and custom properties; its events go to document', () => {
  const element = elements.get('cookie-consent');
  assert.deepEqual(names(element.attributes), ['theme', 'layout']);
  assert.deepEqual(names(element.cssParts), ['banner', 'preferences', 'button', 'accept', 'reject', 'customise', 'save', 'history', 'withdraw', 'gpc-notice']);
  for (const property of ['--cc-bg', '--cc-fg', '--cc-button-bg', '--cc-button-fg', '--cc-focus', '--cc-radius', '--cc-font', '--cc-z-index', '--cc-max-width']) {
    assert.ok(names(element.cssProperties).includes(property), property);
  }
  for (const property of element.cssProperties) assert.ok(property.description, `${property.name} has no description`);
  // The widget's events are dispatched on document, whether the element exists or not: listing them as the
  // element's own would have tools suggest listeners on it that never hear anything.
  assert.deepEqual(element.events ?? [], []);
  assert.match(element.description, /`cookie-consent:change`[^.]*`document`/);
  assert.deepEqual(names(element.members).filter((name) => !['theme', 'layout'].includes(name)).sort(), ['hide', 'showBanner', 'showPreferences']);
});

test('<cookie-consent-link>: label and floating, the button part, the slot', () => {
  const element = elements.get('cookie-consent-link');
  assert.deepEqual(names(element.attributes), ['label', 'floating']);
  assert.deepEqual(names(element.cssParts), ['button']);
  assert.deepEqual(names(element.cssProperties), ['--cc-button-bg', '--cc-button-fg', '--cc-focus']);
  assert.deepEqual(names(element.slots), ['']);
  assert.deepEqual(element.events ?? [], []);
});

test('<cookie-consent-placeholder>: its parts and custom properties, nothing the widget sets on it', () => {
  const element = elements.get('cookie-consent-placeholder');
  assert.deepEqual(names(element.cssParts), ['button', 'load', 'settings']);
  assert.ok(names(element.cssProperties).includes('--cc-placeholder-bg'));
  assert.deepEqual(element.attributes ?? [], []);
  assert.deepEqual(element.members ?? [], []);
  assert.deepEqual(element.events ?? [], []);
});
