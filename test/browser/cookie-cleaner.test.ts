import { expect } from '@open-wc/testing';
import { deleteCookies, deleteRefusedData, deleteStorageKeys } from '../../src/browser/cookie-cleaner.js';
import { parseConfig, type ConsentConfig } from '../../src/core/config.js';
import { domainCandidates, pathCandidates } from '../../src/core/cookie-patterns.js';

const EXPIRE = '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0';
const STORAGE_KEYS = ['_ga_store', '_ga', 'keepme'];

/** Every cookie one test set, so afterEach can expire exactly those, wherever they were set. */
let planted: { doc: Document; cookie: string }[] = [];

function plant(doc: Document, cookie: string): void {
  planted.push({ doc, cookie });
  doc.cookie = cookie;
}

/** The names these tests use; other test files on this origin may leave cookies of their own. */
const OURS = /^(?:_ga|_gat|_gcl_au|__Secure-ga|__Host-ga|keepme)/;

/** Our cookie names visible in `doc`, sorted, one entry per cookie (a name set on two paths shows twice). */
function names(doc: Document = document): string[] {
  return doc.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => OURS.test(name))
    .sort();
}

/** A same-origin frame at a deeper path: the test page itself is served at "/". */
async function frameAt(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A stand-in document that records writes and never forgets a cookie, as if each write were refused. */
function recordingDocument(cookie: string, location: Partial<Location>, secure = false): { doc: Document; writes: string[] } {
  const writes: string[] = [];
  const doc = {
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      writes.push(value);
    },
    location,
    defaultView: { isSecureContext: secure },
  } as unknown as Document;
  return { doc, writes };
}

describe('browser/cookie-cleaner', () => {
  const frames: HTMLIFrameElement[] = [];

  beforeEach(() => {
    // A cookie with one of our names left at "/" by another test file would blur what these tests see.
    for (const name of names()) {
      document.cookie = `${name}${EXPIRE}; path=/`;
      document.cookie = `${name}${EXPIRE}; path=/; secure`;
    }
    expect(names(), 'cookies left by another test').to.deep.equal([]);
  });

  afterEach(() => {
    for (const { doc, cookie } of planted) {
      const [name] = cookie.split('=');
      const attributes = cookie.split(';').slice(1).filter((part) => !/^\s*(max-age|expires)=/i.test(part));
      doc.cookie = [`${name}${EXPIRE}`, ...attributes].join(';');
    }
    planted = [];
    for (const frame of frames.splice(0)) frame.remove();
    for (const key of STORAGE_KEYS) {
      localStorage.removeItem(key);
      sessionStorage.removeItem(key);
    }
  });

  describe('deleteCookies', () => {
    it('deletes the matching cookies on this page and leaves the others', () => {
      expect(location.hostname).to.equal('localhost');
      plant(document, '_ga=GA1.1.123; path=/');
      plant(document, '_ga_XYZ=GS1.1; path=/');
      plant(document, '_gat=1; path=/');
      plant(document, 'keepme=1; path=/');
      expect(names()).to.deep.equal(['_ga', '_ga_XYZ', '_gat', 'keepme']);

      const result = deleteCookies(document, ['_ga', '_ga_*']);

      expect(result.deleted.sort()).to.deep.equal(['_ga', '_ga_XYZ']);
      expect(result.remaining).to.deep.equal([]);
      expect(names()).to.deep.equal(['_gat', 'keepme']);
    });

    it('deletes cookies set on every path prefix of a deeper page, with and without the trailing slash', async () => {
      // The test page is served at "/", so a frame showing this very file (as text) stands in for a deeper page.
      const frame = await frameAt('/test/browser/cookie-cleaner.test.ts');
      frames.push(frame);
      const doc = frame.contentDocument!;
      const path = doc.location.pathname;
      const segments = path.split('/').filter(Boolean);
      expect(segments.length, path).to.be.at.least(3);
      const top = `/${segments[0]}`;
      // No path attribute: the browser files it under the page's directory (/test/browser).
      plant(doc, '_ga_DEFAULT=1');
      plant(doc, `_ga=1; path=${top}`);
      plant(doc, `_ga_SLASH=1; path=${top}/${segments[1]}/`);
      plant(doc, `_ga_PAGE=1; path=${path}`);
      plant(doc, `keepme=1; path=${top}`);
      // Two cookies with one name, on two paths: both must go.
      plant(doc, '_ga=2; path=/');
      expect(names(doc)).to.deep.equal(['_ga', '_ga', '_ga_DEFAULT', '_ga_PAGE', '_ga_SLASH', 'keepme']);
      expect(names(document), 'the deeper cookies are invisible at "/"').to.deep.equal(['_ga']);

      const result = deleteCookies(doc, ['_ga', '_ga_*']);

      expect(result.deleted.sort()).to.deep.equal(['_ga', '_ga_DEFAULT', '_ga_PAGE', '_ga_SLASH']);
      expect(result.remaining).to.deep.equal([]);
      expect(names(doc)).to.deep.equal(['keepme']);
      expect(names(document)).to.deep.equal([]);
    });

    it('deletes a cookie set with domain=localhost', () => {
      // Both browsers accept domain=localhost but file it as host-only (a single-label domain is
      // treated like a public suffix), so real parent-domain deletion is only checked with a
      // recording document below: this host has no parent.
      plant(document, '_ga=domain; path=/; domain=localhost');
      expect(names()).to.include('_ga');
      expect(deleteCookies(document, ['_ga']).deleted).to.deep.equal(['_ga']);
      expect(names()).to.not.include('_ga');
    });

    it('deletes Secure, __Secure- and __Host- cookies in a secure context', () => {
      // http://localhost is a secure context in both browsers, so these can be set here.
      expect(isSecureContext).to.equal(true);
      plant(document, '_ga=1; path=/; secure');
      plant(document, '__Secure-ga=1; path=/; secure');
      plant(document, '__Host-ga=1; path=/; secure');
      expect(names()).to.deep.equal(['_ga', '__Host-ga', '__Secure-ga'].sort());
      const result = deleteCookies(document, ['_ga', '__Secure-*', '__Host-*']);
      expect(result.remaining).to.deep.equal([]);
      expect(names()).to.deep.equal([]);
    });

    it('deletes a Partitioned cookie, which an unpartitioned write does not reach', () => {
      plant(document, '_ga_CHIPS=1; path=/; secure; partitioned');
      expect(names()).to.include('_ga_CHIPS');
      deleteCookies(document, ['_ga_*']);
      expect(names()).to.not.include('_ga_CHIPS');
    });

    it('keeps names matching a keep pattern', () => {
      plant(document, '_ga=1; path=/');
      plant(document, '_ga_XYZ=1; path=/');
      const result = deleteCookies(document, ['_ga*'], ['_ga']);
      expect(result.deleted).to.deep.equal(['_ga_XYZ']);
      expect(names()).to.deep.equal(['_ga']);
    });

    it('expires each name on every path, host-only and on every parent domain', () => {
      const { doc, writes } = recordingDocument('_ga=1; other=2', { hostname: 'www.news.example.co.uk', pathname: '/a/b' });
      deleteCookies(doc, ['_ga']);
      const paths = pathCandidates('/a/b');
      const domains = domainCandidates('www.news.example.co.uk');
      const expected = paths.flatMap((path) => [
        `_ga${EXPIRE}; path=${path}`,
        ...domains.map((domain) => `_ga${EXPIRE}; path=${path}; domain=${domain}`),
      ]);
      expect(writes).to.deep.equal(expected);
      expect(writes).to.include(`_ga${EXPIRE}; path=/; domain=example.co.uk`);
    });

    it('adds secure and partitioned variants only in a secure context', () => {
      const { doc, writes } = recordingDocument('_ga=1', { hostname: 'example.com', pathname: '/' }, true);
      deleteCookies(doc, ['_ga']);
      expect(writes).to.deep.equal([
        `_ga${EXPIRE}; path=/; secure`,
        `_ga${EXPIRE}; path=/; domain=example.com; secure`,
        `_ga${EXPIRE}; path=/; secure; partitioned`,
        `_ga${EXPIRE}; path=/; domain=example.com; secure; partitioned`,
      ]);
    });

    it('reports the names still visible afterwards as remaining', () => {
      const { doc } = recordingDocument('_ga=1; _ga_X=2; keepme=3', { hostname: 'example.com', pathname: '/' });
      expect(deleteCookies(doc, ['_ga', '_ga_*'])).to.deep.equal({ deleted: [], remaining: ['_ga', '_ga_X'] });
    });

    it('writes nothing when no cookie matches', () => {
      const { doc, writes } = recordingDocument('keepme=1', { hostname: 'example.com', pathname: '/' });
      expect(deleteCookies(doc, ['_ga'])).to.deep.equal({ deleted: [], remaining: [] });
      expect(writes).to.deep.equal([]);
    });

    it('never throws when the document refuses cookie access', () => {
      const doc = {
        get cookie(): string {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
        location: { hostname: 'example.com', pathname: '/' },
      } as unknown as Document;
      expect(deleteCookies(doc, ['_ga'])).to.deep.equal({ deleted: [], remaining: [] });
    });
  });

  describe('deleteStorageKeys', () => {
    it('removes matching keys from localStorage and sessionStorage and leaves the others', () => {
      localStorage.setItem('_ga_store', '1');
      localStorage.setItem('keepme', '1');
      sessionStorage.setItem('_ga', '1');
      sessionStorage.setItem('_ga_store', '1');
      sessionStorage.setItem('keepme', '1');

      const removed = deleteStorageKeys(window, ['_ga', '_ga_*']);

      expect(removed.sort()).to.deep.equal(['_ga', '_ga_store']);
      expect(localStorage.getItem('_ga_store')).to.equal(null);
      expect(sessionStorage.getItem('_ga')).to.equal(null);
      expect(sessionStorage.getItem('_ga_store')).to.equal(null);
      expect(localStorage.getItem('keepme')).to.equal('1');
      expect(sessionStorage.getItem('keepme')).to.equal('1');
    });

    it('never throws when storage is out of reach (a sandboxed frame)', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = '<p>sandboxed</p>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      // The frame has an opaque origin: even reading its localStorage property throws.
      expect(() => frame.contentWindow!.localStorage).to.throw();
      expect(deleteStorageKeys(frame.contentWindow!, ['*'])).to.deep.equal([]);
    });

    it('never throws when storage is disabled', () => {
      const win = {
        get localStorage(): Storage {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
        sessionStorage: null,
      } as unknown as Window;
      expect(deleteStorageKeys(win, ['_ga'])).to.deep.equal([]);
    });
  });

  describe('deleteRefusedData', () => {
    function config(): ConsentConfig {
      const result = parseConfig({
        revision: 1,
        categories: {
          necessary: { required: true, services: { session: { cookies: [{ name: 'keepme' }] } } },
          analytics: { services: { ga4: { cookies: [{ name: '_ga' }, { name: '_ga_*' }] } } },
          marketing: { services: { ads: { cookies: [{ name: '_gcl_au' }, { name: '_ga' }] } } },
        },
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.config;
    }

    it('deletes the cookies and storage keys of every refused category in one call', () => {
      plant(document, '_ga=1; path=/');
      plant(document, '_ga_XYZ=1; path=/');
      plant(document, '_gcl_au=1; path=/');
      plant(document, 'keepme=1; path=/');
      localStorage.setItem('_ga_store', '1');
      localStorage.setItem('keepme', '1');

      const report = deleteRefusedData(document, config(), { categories: { necessary: true, analytics: false, marketing: false } });

      expect(report.cookies.deleted.sort()).to.deep.equal(['_ga', '_ga_XYZ', '_gcl_au']);
      expect(report.cookies.remaining).to.deep.equal([]);
      expect(report.storageKeys).to.deep.equal(['_ga_store']);
      expect(names()).to.deep.equal(['keepme']);
      expect(localStorage.getItem('keepme')).to.equal('1');
    });

    it('keeps a cookie that a still-allowed category declares too', () => {
      plant(document, '_ga=1; path=/');
      plant(document, '_ga_XYZ=1; path=/');
      const report = deleteRefusedData(document, config(), { categories: { necessary: true, analytics: false, marketing: true } });
      expect(report.cookies.deleted).to.deep.equal(['_ga_XYZ']);
      expect(names()).to.deep.equal(['_ga']);
    });

    it('warns about cookies it could not delete, and never throws', () => {
      const { doc } = recordingDocument('_ga=1', { hostname: 'example.com', pathname: '/' });
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const report = deleteRefusedData(doc, config(), { categories: { analytics: false, marketing: false } });
        expect(report.cookies.remaining).to.deep.equal(['_ga']);
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^cookie-consent: could not delete the cookies _ga\b/);
      const broken = { categories: null } as unknown as ConsentConfig;
      expect(deleteRefusedData(document, broken, { categories: {} }).cookies.deleted).to.deep.equal([]);
    });
  });
});
