import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { installAutoBlocker, type AutoBlocker } from '../../src/browser/auto-blocker.js';
import { ContentGate } from '../../src/browser/content-gate.js';
import { newToken, requestedScripts } from '../support/site-page.js';

// Chromium and Firefox both resolve *.localhost to the loopback address, so the test server
// answers as "tracker.localhost" too: a third-party host matched by name, as on a real site.
const AUTO_BLOCK = { analytics: ['tracker.localhost'], marketing: ['ads.localhost'] };
const at = (host: string, token: string, name: string, query = ''): string =>
  `http://${host}:${location.port}/__tracker/${token}/${name}.js${query}`;
const tracker = (token: string, name: string, query = ''): string => at('tracker.localhost', token, name, query);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for a wrongly released tag to reach the server before we look. */
const GRACE = 300;

type Realm = Window & typeof globalThis & { __ran?: string[] };
type Installer = (win: Window) => void;
type BlockerModule = typeof import('../../src/browser/auto-blocker.js');
type GateModule = typeof import('../../src/browser/content-gate.js');

interface Site {
  frame: HTMLIFrameElement;
  win: Realm;
  doc: Document;
  granted: Set<string>;
  blocker: AutoBlocker;
  gate: ContentGate;
  /** Grants categories, as the controller does: the blocker's answer and the gate's permission change together. */
  grant(...categories: string[]): Promise<void>;
}

function openFrame(srcdoc: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = srcdoc;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  document.body.append(frame);
  return loaded;
}

/** Loads one of our modules inside the frame's own realm, where a real page runs it. */
function importInto<T>(win: Window, path: string): Promise<T> {
  const url = new URL(path, import.meta.url).href;
  return (win as unknown as { eval(code: string): Promise<T> }).eval(`import(${JSON.stringify(url)})`);
}

function siteOf(frame: HTMLIFrameElement, blocker: AutoBlocker, gate: ContentGate, granted: Set<string>): Site {
  const win = frame.contentWindow as Realm;
  gate.observe();
  return {
    frame,
    win,
    doc: win.document,
    granted,
    blocker,
    gate,
    grant: async (...categories) => {
      for (const category of categories) granted.add(category);
      await gate.update((needed) => needed.every((category) => granted.has(category)));
    },
  };
}

/**
 * A same-origin page with the blocker and the real ContentGate, both loaded in
 * the page's own realm, as the embed runs them. (One realm matters: the gate
 * tests `instanceof HTMLScriptElement`, and Chromium gives a node one wrapper,
 * made in the realm that touches it first, so a wrapper from the test's realm
 * would not see the frame's wrapped prototypes.)
 */
async function openSite(): Promise<Site> {
  const frame = await openFrame('<!doctype html><html><head><title>site</title></head><body><main></main></body></html>');
  const win = frame.contentWindow!;
  const [blockerModule, gateModule] = await Promise.all([
    importInto<BlockerModule>(win, '../../src/browser/auto-blocker.ts'),
    importInto<GateModule>(win, '../../src/browser/content-gate.ts'),
  ]);
  const granted = new Set<string>();
  const blocker = blockerModule.installAutoBlocker(win, { autoBlock: AUTO_BLOCK, isGranted: (category) => granted.has(category) });
  return siteOf(frame, blocker, new gateModule.ContentGate(win.document), granted);
}

/**
 * A page whose markup meets the blocker as the parser reads it: `<!--install-->`
 * marks an inline script that installs it, and every tag after it in the markup
 * comes after the blocker. Installing must be synchronous there, so the test's
 * own copy of the modules does it (a module script would only run after parsing).
 * Its observer then touches the parsed nodes first: Chromium makes their one
 * wrapper in the test's realm, so the gate that drives them must come from
 * there too; Firefox gives each realm its own view, so the page's gate works.
 */
async function openParsedSite(markup: string): Promise<Site> {
  const granted = new Set<string>();
  let blocker: AutoBlocker | null = null;
  (window as unknown as { __install: Installer }).__install = (win) => {
    blocker = installAutoBlocker(win, { autoBlock: AUTO_BLOCK, isGranted: (category) => granted.has(category) });
  };
  const frame = await openFrame(markup.replace('<!--install-->', '<script>parent.__install(window)</script>'));
  expect(blocker, 'the page did not install the blocker').to.not.equal(null);
  const win = frame.contentWindow!;
  // Asked of the tags the gate will drive (the body when there are none): which of the blocker's calls touched
  // a node first depends on timing, and the gate's `instanceof` must match the realm of their wrappers.
  const ownRealm = (win as unknown as { eval(code: string): boolean }).eval(
    "(document.querySelector('[data-category]') ?? document.body) instanceof HTMLElement",
  );
  const gate = ownRealm ? new (await importInto<GateModule>(win, '../../src/browser/content-gate.ts')).ContentGate(win.document) : new ContentGate(win.document);
  return siteOf(frame, blocker!, gate, granted);
}

function script(site: Site, src: string, attributes: Record<string, string> = {}): HTMLScriptElement {
  const element = site.doc.createElement('script');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.src = src;
  return element;
}

/** The gate's marked form, as the blocker must leave a tracker tag. */
function expectMarked(element: Element, url: string, category = 'analytics'): void {
  expect(element.hasAttribute('src'), 'src still set').to.equal(false);
  expect(element.getAttribute('data-src')).to.equal(url);
  expect(element.getAttribute('data-category')).to.equal(category);
  if (element.localName === 'script') expect(element.getAttribute('type')).to.equal('text/plain');
}

async function expectNothingLeft(site: Site, token: string): Promise<void> {
  await sleep(GRACE);
  expect(await requestedScripts(token), 'a blocked tag reached the server').to.deep.equal([]);
  expect(site.win.__ran ?? [], 'a blocked script ran').to.deep.equal([]);
}

async function waitForRequests(token: string, names: string[]): Promise<void> {
  await waitUntil(async () => (await requestedScripts(token)).length >= names.length, `expected requests ${names.join(', ')}`, { timeout: 5000 });
  expect((await requestedScripts(token)).sort()).to.deep.equal([...names].sort());
}

describe('auto-blocker', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    delete (window as unknown as { __install?: Installer }).__install;
  });

  describe('scripts added by the site’s code', () => {
    it('createElement + src + appendChild: marked, never fetched, then run by the gate on grant', async () => {
      const site = await openSite();
      const token = newToken();
      const url = tracker(token, 'gtag');
      const element = script(site, url);
      site.doc.head.appendChild(element);
      expectMarked(element, url);
      expect(element.getAttribute('data-cookie-consent-auto-blocked')).to.equal('analytics');
      await expectNothingLeft(site, token);

      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['gtag']);
      expect(await requestedScripts(token)).to.deep.equal(['gtag']);
    });

    it('setAttribute("src") before insertBefore', async () => {
      const site = await openSite();
      const token = newToken();
      const element = site.doc.createElement('script');
      element.setAttribute('SRC', tracker(token, 'fbq'));
      const first = site.doc.head.firstChild;
      expect(site.doc.head.insertBefore(element, first)).to.equal(element);
      expectMarked(element, tracker(token, 'fbq'));
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['fbq']);
    });

    it('.src and setAttribute("src") on a script that is already in the page', async () => {
      const site = await openSite();
      const token = newToken();
      const one = site.doc.createElement('script');
      const two = site.doc.createElement('script');
      site.doc.body.append(one, two);
      one.src = tracker(token, 'one');
      two.setAttribute('src', tracker(token, 'two'));
      expectMarked(one, tracker(token, 'one'));
      expectMarked(two, tracker(token, 'two'));
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['one', 'two']);
    });

    it('append, prepend, before, after, replaceWith and replaceChildren, in document order once granted', async () => {
      const site = await openSite();
      const token = newToken();
      const main = site.doc.querySelector('main')!;
      const anchor = site.doc.createElement('p');
      main.append(anchor);
      const scripts = ['a', 'b', 'c', 'd', 'e'].map((name) => script(site, tracker(token, name)));
      const placeholder = site.doc.createElement('span');
      const box = site.doc.createElement('section');
      main.append(box);
      anchor.before(scripts[0]!);
      anchor.after(placeholder);
      placeholder.replaceWith(scripts[1]!);
      box.replaceChildren(scripts[2]!);
      box.append(scripts[3]!);
      main.append(scripts[4]!);
      for (const element of scripts) expect(element.getAttribute('type')).to.equal('text/plain');
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    });

    it('keeps the order of dependent scripts: a slow external one finishes before the next runs', async () => {
      const site = await openSite();
      const token = newToken();
      site.doc.head.append(script(site, tracker(token, 'slow', '?delay=300')), script(site, tracker(token, 'fast')));
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['slow', 'fast']);
    });

    it('catches tags built where no setter runs: createContextualFragment and cloned template content', async () => {
      const site = await openSite();
      const token = newToken();
      const range = site.doc.createRange();
      range.selectNodeContents(site.doc.body);
      // Scripts from createContextualFragment run when inserted, unlike innerHTML's.
      const fragment = range.createContextualFragment(`<div><script src="${tracker(token, 'fragment')}"></script></div>`);
      site.doc.body.appendChild(fragment);
      const template = site.doc.createElement('template');
      template.innerHTML = `<script src="${tracker(token, 'template')}"></script><iframe src="${tracker(token, 'template-frame')}"></iframe>`;
      site.doc.body.append(template.content.cloneNode(true));
      const inert = site.doc.implementation.createHTMLDocument('');
      const foreign = inert.createElement('script');
      foreign.src = tracker(token, 'range');
      const insertAt = site.doc.createRange();
      insertAt.selectNodeContents(site.doc.querySelector('main')!);
      insertAt.insertNode(site.doc.importNode(foreign));
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      await waitForRequests(token, ['fragment', 'template', 'template-frame', 'range']);
      expect(site.win.__ran).to.have.members(['fragment', 'template', 'range']);
    });

    it('keeps type="module" in data-type, a type set after src, and the nonce', async () => {
      const site = await openSite();
      const token = newToken();
      const module = script(site, tracker(token, 'module'), { type: 'module' });
      const late = script(site, tracker(token, 'late'));
      late.type = 'text/javascript';
      late.setAttribute('type', 'module');
      const nonced = site.doc.createElement('script');
      nonced.nonce = 'n0nce';
      nonced.src = tracker(token, 'nonced');
      site.doc.head.append(module, late, nonced);
      expect(module.getAttribute('data-type')).to.equal('module');
      expect(late.getAttribute('type')).to.equal('text/plain');
      expect(late.getAttribute('data-type')).to.equal('module');
      expect(nonced.nonce).to.equal('n0nce');
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      const live = Array.from(site.doc.querySelectorAll('script[data-cookie-consent-activated]'));
      expect(live.map((element) => (element as HTMLScriptElement).type)).to.deep.equal(['module', 'module', '']);
      expect((live[2] as HTMLScriptElement).nonce).to.equal('n0nce');
      // Module scripts from another origin need CORS, which the test server does not send:
      // that they were requested is what shows they were released as modules.
      await waitForRequests(token, ['module', 'late', 'nonced']);
      expect(site.win.__ran).to.deep.equal(['nonced']);
    });

    it('a src changed to a host that is not blocked undoes the marking and loads at once', async () => {
      const site = await openSite();
      const token = newToken();
      const element = script(site, tracker(token, 'tracker'));
      expect(element.type).to.equal('text/plain');
      element.src = at('localhost', token, 'own');
      expect(element.hasAttribute('type')).to.equal(false);
      expect(element.hasAttribute('data-src')).to.equal(false);
      expect(element.hasAttribute('data-category')).to.equal(false);
      const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
      site.doc.head.append(element);
      await loaded;
      expect(site.win.__ran).to.deep.equal(['own']);
      expect(await requestedScripts(token)).to.deep.equal(['own']);
    });
  });

  describe('iframes added by the site’s code', () => {
    it('.src and setAttribute("src"), before and after insertion', async () => {
      const site = await openSite();
      const token = newToken();
      const before = site.doc.createElement('iframe');
      before.src = tracker(token, 'before');
      const attribute = site.doc.createElement('iframe');
      attribute.setAttribute('src', tracker(token, 'attribute'));
      const after = site.doc.createElement('iframe');
      site.doc.body.append(before, attribute, after);
      after.src = tracker(token, 'after');
      for (const frame of [before, attribute, after]) expect(frame.hasAttribute('src')).to.equal(false);
      expectMarked(after, tracker(token, 'after'));
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      await waitForRequests(token, ['before', 'attribute', 'after']);
      expect(after.getAttribute('src')).to.equal(tracker(token, 'after'));
    });

    it('innerHTML, insertAdjacentHTML and outerHTML with tracker iframes', async () => {
      const site = await openSite();
      const token = newToken();
      const main = site.doc.querySelector('main')!;
      main.innerHTML = `<div class="embed"><iframe src="${tracker(token, 'inner')}" title="x"></iframe></div><p>after</p>`;
      main.insertAdjacentHTML('beforeend', `<iframe src="${tracker(token, 'adjacent')}"></iframe>`);
      const old = site.doc.createElement('span');
      main.append(old);
      old.outerHTML = `<iframe src="${tracker(token, 'outer')}"></iframe>`;
      const frames = Array.from(main.querySelectorAll('iframe'));
      expect(frames).to.have.length(3);
      expectMarked(frames[0]!, tracker(token, 'inner'));
      expect(frames[0]!.title).to.equal('x');
      expect(main.querySelector('p')?.textContent).to.equal('after');
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      await waitForRequests(token, ['inner', 'adjacent', 'outer']);
    });

    it('iframes in a shadow root', async () => {
      const site = await openSite();
      const token = newToken();
      const host = site.doc.createElement('div');
      site.doc.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<iframe src="${tracker(token, 'shadow')}"></iframe>`;
      expectMarked(root.querySelector('iframe')!, tracker(token, 'shadow'));
      await expectNothingLeft(site, token);
    });
  });

  describe('tags the HTML parser adds after the blocker', () => {
    it('parser-inserted scripts never run before the grant, then run in document order', async () => {
      const token = newToken();
      const site = await openParsedSite(`<!doctype html><html><head><!--install-->
        <script src="${tracker(token, 'head')}"></script></head>
        <body><p>text</p><script src="${tracker(token, 'body', '?delay=200')}"></script>
        <script src="${tracker(token, 'last')}"></script>
        <iframe src="${tracker(token, 'frame')}"></iframe></body></html>`);
      const scripts = Array.from(site.doc.querySelectorAll('script[data-src]'));
      expect(scripts.map((element) => element.getAttribute('type'))).to.deep.equal(['text/plain', 'text/plain', 'text/plain']);
      expectMarked(site.doc.querySelector('iframe')!, tracker(token, 'frame'));
      await sleep(GRACE);
      expect(site.win.__ran ?? [], 'a parser-inserted tracker ran').to.deep.equal([]);
      // The preload scanner may fetch markup tags before any script can act (see DESIGN, "Auto-blocking").
      console.log(`[auto-blocker] markup tags fetched by the browser before the grant: ${JSON.stringify(await requestedScripts(token))}`);
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['head', 'body', 'last']);
    });

    it('document.write of a tracker script or iframe during parsing: rewritten, never fetched', async () => {
      const token = newToken();
      const site = await openParsedSite(`<!doctype html><html><head><!--install-->
        <script>
          document.write('<script src="${tracker(token, 'written')}" async><\\/script>');
          document.writeln('<p id="ok">ok<\\/p><!-- <script src="${tracker(token, 'comment')}"><\\/script> -->');
          document.write('<iframe src="${tracker(token, 'written-frame')}" width=1 height=1></iframe>');
          document.write('<script>window.__inline = "<iframe src=\\'${tracker(token, 'text')}\\'>"<\\/script>');
        </script></head><body></body></html>`);
      expect(site.doc.getElementById('ok')?.textContent).to.equal('ok');
      const written = site.doc.querySelector('script[data-src]')!;
      expectMarked(written, tracker(token, 'written'));
      expect(written.hasAttribute('async')).to.equal(true);
      expectMarked(site.doc.querySelector('iframe')!, tracker(token, 'written-frame'));
      expect((site.win as unknown as { __inline: string }).__inline).to.equal(`<iframe src='${tracker(token, 'text')}'>`);
      await expectNothingLeft(site, token);
      await site.grant('analytics');
      await waitForRequests(token, ['written', 'written-frame']);
      await waitUntil(() => (site.win.__ran ?? []).length === 1);
    });
  });

  describe('what passes untouched', () => {
    it('granted categories: the tag loads at once, as written', async () => {
      const site = await openSite();
      const token = newToken();
      site.granted.add('analytics');
      const element = script(site, tracker(token, 'granted'));
      expect(element.getAttribute('src')).to.equal(tracker(token, 'granted'));
      expect(element.hasAttribute('type')).to.equal(false);
      const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
      site.doc.head.append(element);
      await loaded;
      expect(site.win.__ran).to.deep.equal(['granted']);
      expect(element.hasAttribute('data-cookie-consent-auto-blocked'), 'marked as blocked').to.equal(false);
    });

    it('each category on its own: marketing waits while analytics runs', async () => {
      const site = await openSite();
      const token = newToken();
      site.doc.head.append(script(site, tracker(token, 'analytics')), script(site, at('ads.localhost', token, 'ads')));
      await site.grant('analytics');
      expect(site.win.__ran).to.deep.equal(['analytics']);
      await sleep(GRACE);
      expect(await requestedScripts(token)).to.deep.equal(['analytics']);
      await site.grant('marketing');
      expect(site.win.__ran).to.deep.equal(['analytics', 'ads']);
    });

    it('a host listed under two categories waits for both', async () => {
      const site = await openSite();
      const token = newToken();
      site.blocker.setAutoBlock({ analytics: ['tracker.localhost'], marketing: ['tracker.localhost'] });
      const element = script(site, tracker(token, 'both'));
      site.doc.head.append(element);
      expect(element.getAttribute('data-category')).to.equal('analytics marketing');
      site.granted.add('analytics');
      expect(script(site, tracker(token, 'late')).type).to.equal('text/plain', 'released with one of its two categories');
      await site.grant('analytics');
      await expectNothingLeft(site, token);
      await site.grant('marketing');
      expect(site.win.__ran).to.deep.equal(['both']);
    });

    it('subdomains are blocked; lookalike hosts and the site’s own host are not', async () => {
      const site = await openSite();
      const token = newToken();
      const sub = script(site, at('cdn.tracker.localhost', token, 'sub'));
      const lookalike = script(site, at('nottracker.localhost', token, 'lookalike'));
      const own = script(site, `/__tracker/${token}/own.js`);
      expect(sub.type).to.equal('text/plain');
      expect(lookalike.type).to.equal('');
      expect(own.type).to.equal('');
      site.doc.head.append(sub, lookalike, own);
      await waitUntil(() => (site.win.__ran ?? []).length === 2, 'the unblocked scripts did not run');
      expect(site.win.__ran).to.have.members(['lookalike', 'own']);
      await sleep(GRACE);
      expect((await requestedScripts(token)).sort()).to.deep.equal(['lookalike', 'own']);
    });

    it('tags the site owner marked, and the gate’s own activations, are left to the gate', async () => {
      const site = await openSite();
      const token = newToken();
      // The owner files this tracker under marketing; the host list says analytics. The owner's marking wins.
      const marked = site.doc.createElement('script');
      marked.type = 'text/plain';
      marked.setAttribute('data-category', 'marketing');
      marked.setAttribute('data-src', tracker(token, 'owner-script'));
      const frame = site.doc.createElement('iframe');
      frame.setAttribute('data-category', 'marketing');
      frame.setAttribute('data-src', tracker(token, 'owner-frame'));
      site.doc.body.append(marked, frame);
      await site.grant('marketing');
      expect(site.win.__ran).to.deep.equal(['owner-script']);
      await waitForRequests(token, ['owner-script', 'owner-frame']);
      expect(frame.getAttribute('src')).to.equal(tracker(token, 'owner-frame'));
    });

    it('other elements, attributes and non-http URLs', async () => {
      const site = await openSite();
      const token = newToken();
      const image = site.doc.createElement('img');
      image.setAttribute('src', tracker(token, 'pixel'));
      expect(image.getAttribute('src')).to.equal(tracker(token, 'pixel'));
      const element = site.doc.createElement('script');
      element.setAttribute('data-src', tracker(token, 'x'));
      element.setAttribute('id', 'plain');
      expect(element.hasAttribute('type')).to.equal(false);
      const data = script(site, 'data:text/javascript,(window.__ran=window.__ran||[]).push("data")');
      expect(data.hasAttribute('type')).to.equal(false);
      const json = script(site, tracker(token, 'json'), { type: 'application/ld+json' });
      expect(json.getAttribute('src')).to.equal(tracker(token, 'json'));
    });
  });

  describe('safe in any page', () => {
    it('installing twice wraps once, and a tag passes only when every blocker lets it', async () => {
      const site = await openSite();
      const token = newToken();
      const setAttribute = site.win.Element.prototype.setAttribute;
      const srcSetter = Object.getOwnPropertyDescriptor(site.win.HTMLScriptElement.prototype, 'src')!.set;
      let secondGrants = false;
      const second = installAutoBlocker(site.win, { autoBlock: { analytics: ['tracker.localhost'] }, isGranted: () => secondGrants });
      expect(site.win.Element.prototype.setAttribute).to.equal(setAttribute);
      expect(Object.getOwnPropertyDescriptor(site.win.HTMLScriptElement.prototype, 'src')!.set).to.equal(srcSetter);
      site.granted.add('analytics');
      expect(script(site, tracker(token, 'one')).type).to.equal('text/plain');
      secondGrants = true;
      expect(script(site, tracker(token, 'two')).type).to.equal('');
      second.disconnect();
      secondGrants = false;
      expect(script(site, tracker(token, 'three')).type).to.equal('');
      site.blocker.disconnect();
      site.granted.clear();
      expect(script(site, tracker(token, 'four')).type).to.equal('', 'a disconnected blocker still blocks');
    });

    it('setAutoBlock changes the hosts', async () => {
      const site = await openSite();
      const token = newToken();
      site.blocker.setAutoBlock({ marketing: ['nottracker.localhost'] });
      expect(script(site, tracker(token, 'old')).type).to.equal('');
      const element = script(site, at('nottracker.localhost', token, 'new'));
      expect(element.getAttribute('data-category')).to.equal('marketing');
    });

    it('the wrapped functions behave as the originals for everything else', async () => {
      const site = await openSite();
      const { win, doc } = site;
      const errorName = (work: () => unknown): string | null => {
        try {
          work();
          return null;
        } catch (error) {
          return (error as Error).name;
        }
      };
      expect(win.Element.prototype.setAttribute.name).to.equal('setAttribute');
      expect(win.Element.prototype.setAttribute.length).to.equal(2);
      expect(win.Node.prototype.appendChild.length).to.equal(1);
      expect(Object.getOwnPropertyDescriptor(win.HTMLScriptElement.prototype, 'src')!.set!.name).to.equal('set src');
      const element = doc.createElement('script');
      expect(errorName(() => (element.setAttribute as (name: string) => void)('src'))).to.equal('TypeError');
      expect(element.hasAttribute('src')).to.equal(false);
      expect(errorName(() => element.setAttribute('bad name', 'x'))).to.equal('InvalidCharacterError');
      expect(errorName(() => ((element as unknown as { src: unknown }).src = Symbol('x')))).to.equal('TypeError');
      expect(errorName(() => doc.body.appendChild(null as unknown as Node))).to.equal('TypeError');
      expect(errorName(() => win.Element.prototype.setAttribute.call({}, 'src', tracker('t', 'x')))).to.equal('TypeError');
      expect(errorName(() => doc.body.insertAdjacentHTML('nowhere' as InsertPosition, '<iframe></iframe>'))).to.equal('SyntaxError');
      expect(errorName(() => doc.documentElement.insertAdjacentHTML('beforebegin', '<iframe src="x"></iframe>'))).to.equal('NoModificationAllowedError');
      const child = doc.createElement('b');
      expect(doc.body.appendChild(child)).to.equal(child);
      const other = doc.createElement('i');
      expect(doc.body.replaceChild(other, child)).to.equal(child);
      expect(doc.body.append('text', doc.createElement('u'))).to.equal(undefined);
      element.setAttribute('src', '/own.js');
      expect(element.getAttribute('src')).to.equal('/own.js');
      const div = doc.createElement('div');
      doc.body.append(div);
      const markup = '<iframe src="about:blank" title="Own embed"></iframe><table><tr><td>1</td></tr></table><noscript><b>no</b></noscript>';
      div.innerHTML = markup;
      const control = doc.createElement('div');
      control.innerHTML = markup;
      expect(div.innerHTML).to.equal(control.innerHTML);
      const row = doc.createElement('tbody');
      div.querySelector('table')!.append(row);
      row.innerHTML = `<tr><td><iframe src="${tracker('t', 'cell')}"></iframe></td></tr>`;
      expect(row.querySelector('td > iframe')?.getAttribute('data-src')).to.equal(tracker('t', 'cell'));
      expect(site.win.__ran ?? []).to.deep.equal([]);
    });
  });
});
