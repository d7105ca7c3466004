import { expect } from '@open-wc/testing';
import { compileAutoBlock, DEFAULT_AUTO_BLOCK, hostCategory, mergeAutoBlock, normalizeHost } from '../../src/core/tracker-hosts.js';
import { EMBED_IFRAMES, EMBED_SCRIPTS } from '../support/embed-urls.js';

const BASE = 'https://news.example.org/articles/1';
const LISTS = { analytics: ['googletagmanager.com', 'google-analytics.com'], marketing: ['connect.facebook.net'] };

describe('hostCategory', () => {
  it('matches a listed host and its subdomains, to any depth', () => {
    expect(hostCategory('https://googletagmanager.com/gtag/js?id=G-1', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://www.googletagmanager.com/gtm.js?id=GTM-1', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://region1.ssl.google-analytics.com/g/collect', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://connect.facebook.net/en_US/fbevents.js', BASE, LISTS)).to.equal('marketing');
  });

  it('files gtag.js for a Google Ads (AW-) or Floodlight (DC-) ID under marketing, G- and GTM- under analytics', () => {
    const both = { analytics: ['googletagmanager.com'], marketing: ['connect.facebook.net'] };
    expect(hostCategory('https://www.googletagmanager.com/gtag/js?id=AW-123456789', BASE, both)).to.equal('marketing');
    expect(hostCategory('https://www.googletagmanager.com/gtag/js?id=DC-1234567&l=dataLayer', BASE, both)).to.equal('marketing');
    expect(hostCategory('https://www.googletagmanager.com/gtag/js?id=G-ABC123', BASE, both)).to.equal('analytics');
    expect(hostCategory('https://www.googletagmanager.com/gtm.js?id=GTM-ABC', BASE, both)).to.equal('analytics');
    // Not Google's loader: the host's own category.
    expect(hostCategory('https://www.googletagmanager.com/other?id=AW-1', BASE, both)).to.equal('analytics');
    // A site that switched marketing's blocking off keeps the host's category, so the tag is not released by nobody.
    expect(hostCategory('https://www.googletagmanager.com/gtag/js?id=AW-1', BASE, { analytics: ['googletagmanager.com'] })).to.equal('analytics');
  });

  it('does not match lookalike hosts', () => {
    for (const url of [
      'https://notgoogletagmanager.com/gtm.js',
      'https://googletagmanager.com.evil.example/gtm.js',
      'https://googletagmanager.co/gtm.js',
      'https://facebook.net/x.js',
      'https://example.org/googletagmanager.com/gtm.js',
      'https://example.org/?u=https://www.googletagmanager.com/gtm.js',
      'https://googletagmanager.com@example.org/gtm.js',
    ]) {
      expect(hostCategory(url, BASE, LISTS), url).to.equal(null);
    }
  });

  it('ignores case, a trailing dot, ports and credentials, as the URL parser does', () => {
    expect(hostCategory('HTTPS://WWW.GoogleTagManager.COM/gtm.js', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://www.googletagmanager.com./gtm.js', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://www.googletagmanager.com:8443/gtm.js', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('https://user:pw@www.googletagmanager.com/gtm.js', BASE, LISTS)).to.equal('analytics');
  });

  it('resolves relative and protocol-relative URLs against the base URL', () => {
    expect(hostCategory('//www.googletagmanager.com/gtm.js', BASE, LISTS)).to.equal('analytics');
    expect(hostCategory('/js/app.js', BASE, LISTS)).to.equal(null);
    expect(hostCategory('/gtm.js', 'https://www.googletagmanager.com/ns.html', LISTS)).to.equal('analytics');
    expect(hostCategory('gtm.js', 'http://googletagmanager.com/', LISTS)).to.equal('analytics');
  });

  it('gives null for malformed URLs and a relative URL without a usable base', () => {
    expect(hostCategory('https://', BASE, LISTS)).to.equal(null);
    expect(hostCategory('http://[::1', BASE, LISTS)).to.equal(null);
    expect(hostCategory('/gtm.js', 'not a url', LISTS)).to.equal(null);
    expect(hostCategory('', 'about:blank', LISTS)).to.equal(null);
  });

  it('counts only http(s) URLs', () => {
    for (const url of [
      'data:text/javascript,alert(1)',
      'blob:https://www.googletagmanager.com/0c6a8f5e-6f0a-4c1e-9a57-1f0d3b4c5e6f',
      'javascript:void(0)',
      'ftp://www.googletagmanager.com/gtm.js',
      'ws://www.googletagmanager.com/',
      'about:blank',
    ]) {
      expect(hostCategory(url, BASE, LISTS), url).to.equal(null);
    }
    expect(hostCategory('http://www.googletagmanager.com/gtm.js', BASE, LISTS)).to.equal('analytics');
  });

  it('lets the most specific host win, and needs every category that lists the same host', () => {
    const lists = { functional: ['google.com'], analytics: ['analytics.google.com'], marketing: ['analytics.google.com', 'ads.example'] };
    expect(hostCategory('https://region1.analytics.google.com/g/collect', BASE, lists)).to.equal('analytics marketing');
    expect(hostCategory('https://maps.google.com/embed', BASE, lists)).to.equal('functional');
  });

  it('accepts hosts written loosely in the lists', () => {
    const lists = { analytics: ['HTTPS://Static.Hotjar.com/', '*.clarity.ms', '.matomo.cloud', 'bücher.example'] };
    expect(hostCategory('https://static.hotjar.com/c/hotjar-1.js', BASE, lists)).to.equal('analytics');
    expect(hostCategory('https://www.clarity.ms/tag/abc', BASE, lists)).to.equal('analytics');
    expect(hostCategory('https://cdn.matomo.cloud/x.matomo.cloud/matomo.js', BASE, lists)).to.equal('analytics');
    expect(hostCategory('https://cdn.xn--bcher-kva.example/t.js', BASE, lists)).to.equal('analytics');
  });

  it('matches nothing with empty lists', () => {
    expect(hostCategory('https://www.googletagmanager.com/gtm.js', BASE, {})).to.equal(null);
    expect(hostCategory('https://www.googletagmanager.com/gtm.js', BASE, { analytics: [] })).to.equal(null);
  });

  it('compileAutoBlock gives the same answers as hostCategory, and reads the lists once', () => {
    const lists = { analytics: ['googletagmanager.com'] };
    const match = compileAutoBlock(lists);
    expect(match('https://www.googletagmanager.com/gtm.js', BASE)).to.equal('analytics');
    lists.analytics.push('hotjar.com');
    expect(match('https://static.hotjar.com/c.js', BASE)).to.equal(null);
  });
});

describe('normalizeHost', () => {
  it('reduces what site owners write to a bare lower-case host', () => {
    expect(normalizeHost('GoogleTagManager.com')).to.equal('googletagmanager.com');
    expect(normalizeHost(' https://www.googletagmanager.com/gtm.js ')).to.equal('www.googletagmanager.com');
    expect(normalizeHost('*.hotjar.com')).to.equal('hotjar.com');
    expect(normalizeHost('.clarity.ms')).to.equal('clarity.ms');
    expect(normalizeHost('connect.facebook.net.')).to.equal('connect.facebook.net');
    expect(normalizeHost('tracker.example:8080')).to.equal('tracker.example');
  });

  it('gives what the URL parser gives, also where it takes no parsing (every built-in entry)', () => {
    const parsed = (host: string): string => new URL(`http://${host}`).hostname;
    const builtIn = Object.values(DEFAULT_AUTO_BLOCK).flat().map((entry) => entry.split('/')[0]!);
    for (const host of [...builtIn, 'a-b_c.example', '0x7f.1', '192.168.0.1', 'bücher.example', 'xn--bcher-kva.example', 'EXAMPLE.com']) {
      expect(normalizeHost(host), host).to.equal(parsed(host));
    }
  });

  it('gives null for what is no host', () => {
    for (const entry of ['', '   ', 'https://', '/path/only', 'two words.com', '*.']) expect(normalizeHost(entry), entry).to.equal(null);
  });
});

describe('mergeAutoBlock', () => {
  const defaults = { analytics: ['googletagmanager.com', 'hotjar.com'], marketing: ['connect.facebook.net', 'doubleclick.net'] };

  it('applies the defaults when the config lists nothing', () => {
    expect(mergeAutoBlock(defaults, {})).to.deep.equal(defaults);
  });

  it('extends a category: adding a host never unblocks a default one', () => {
    expect(mergeAutoBlock(defaults, { analytics: ['Matomo.Example.org'] })).to.deep.equal({
      analytics: ['googletagmanager.com', 'hotjar.com', 'matomo.example.org'],
      marketing: ['connect.facebook.net', 'doubleclick.net'],
    });
  });

  it('moves a default host to the category the config gives it', () => {
    const merged = mergeAutoBlock(defaults, { marketing: ['googletagmanager.com'] });
    expect(merged['analytics']).to.deep.equal(['hotjar.com']);
    expect(merged['marketing']).to.deep.equal(['connect.facebook.net', 'doubleclick.net', 'googletagmanager.com']);
    expect(hostCategory('https://www.googletagmanager.com/gtm.js', BASE, merged)).to.equal('marketing');
  });

  it('an empty list switches a category off; the other categories keep their defaults', () => {
    expect(mergeAutoBlock(defaults, { analytics: [] })).to.deep.equal({ analytics: [], marketing: defaults.marketing });
  });

  it('adds categories the defaults lack, and drops entries that are no host', () => {
    expect(mergeAutoBlock(defaults, { functional: ['chat.example', 'https://', 'chat.example.'] })['functional']).to.deep.equal(['chat.example']);
  });

  it('does not change its inputs', () => {
    const configured = { analytics: ['googletagmanager.com', 'x.example'] };
    mergeAutoBlock(DEFAULT_AUTO_BLOCK, configured);
    expect(configured).to.deep.equal({ analytics: ['googletagmanager.com', 'x.example'] });
    expect(DEFAULT_AUTO_BLOCK['analytics']).to.include('googletagmanager.com');
  });
});

describe('DEFAULT_AUTO_BLOCK', () => {
  it('has exactly the analytics and marketing categories', () => {
    expect(Object.keys(DEFAULT_AUTO_BLOCK).sort()).to.deep.equal(['analytics', 'marketing']);
  });

  it('lists bare lower-case host names (one with a path), each once and in one category only', () => {
    const all = Object.values(DEFAULT_AUTO_BLOCK).flat();
    expect(all.length).to.be.greaterThan(10);
    for (const entry of all) {
      const host = entry.split('/')[0]!;
      expect(host, entry).to.match(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/);
      expect(normalizeHost(host), entry).to.equal(host);
    }
    expect(all.filter((entry) => entry.includes('/'))).to.deep.equal(['google.com/maps']);
    expect(new Set(all).size).to.equal(all.length);
  });

  it('covers the trackers named in the design, in the right category', () => {
    const analytics = ['https://www.googletagmanager.com/gtag/js?id=G-X', 'https://www.google-analytics.com/analytics.js', 'https://static.hotjar.com/c/hotjar-1.js', 'https://www.clarity.ms/tag/x'];
    const marketing = ['https://connect.facebook.net/en_US/fbevents.js', 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/', 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js', 'https://static.ads-twitter.com/uwt.js', 'https://snap.licdn.com/li.lms-analytics/insight.min.js', 'https://analytics.tiktok.com/i18n/pixel/events.js', 'https://bat.bing.com/bat.js', 'https://www.googleadservices.com/pagead/conversion.js'];
    for (const url of analytics) expect(hostCategory(url, BASE, DEFAULT_AUTO_BLOCK), url).to.equal('analytics');
    for (const url of marketing) expect(hostCategory(url, BASE, DEFAULT_AUTO_BLOCK), url).to.equal('marketing');
  });

  it('leaves cookieless analytics and shared static hosts alone', () => {
    for (const url of ['https://plausible.io/js/script.js', 'https://cdn.usefathom.com/script.js', 'https://i.ytimg.com/vi/x/hqdefault.jpg', 'https://fonts.googleapis.com/css2', 'https://www.gstatic.com/x.js', 'https://media.licdn.com/logo.png']) {
      expect(hostCategory(url, BASE, DEFAULT_AUTO_BLOCK), url).to.equal(null);
    }
  });

  it('is frozen, so no page can edit the defaults for every later user', () => {
    expect(Object.isFrozen(DEFAULT_AUTO_BLOCK)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_AUTO_BLOCK['analytics'])).to.equal(true);
  });
});

describe('embed hosts in the built-in list', () => {
  it('holds each common player back for marketing', () => {
    for (const url of [...EMBED_IFRAMES, ...EMBED_SCRIPTS]) expect(hostCategory(url, BASE, DEFAULT_AUTO_BLOCK), url).to.equal('marketing');
  });

  it('blocks only the /maps part of google.com: reCAPTCHA and the rest pass', () => {
    for (const url of ['https://www.google.com/recaptcha/api.js', 'https://www.google.com/', 'https://www.google.com/mapsearch', 'https://fonts.google.com/']) {
      expect(hostCategory(url, BASE, DEFAULT_AUTO_BLOCK), url).to.equal(null);
    }
    expect(hostCategory('https://google.com/maps', BASE, DEFAULT_AUTO_BLOCK)).to.equal('marketing');
  });

  it('the config moves an embed host, or a host/path entry, like any other host', () => {
    const merged = mergeAutoBlock(DEFAULT_AUTO_BLOCK, { functional: ['player.vimeo.com', 'google.com/maps/'] });
    expect(hostCategory('https://player.vimeo.com/video/1', BASE, merged)).to.equal('functional');
    expect(hostCategory('https://www.google.com/maps/embed?pb=1', BASE, merged)).to.equal('functional');
    expect(hostCategory('https://www.youtube.com/embed/1', BASE, merged)).to.equal('marketing');
  });
});

describe('host/path entries', () => {
  it('cover that path and below on the host and its subdomains; the longest listed host still wins', () => {
    const lists = { marketing: ['example.org/widgets'], analytics: ['stats.example.org'] };
    expect(hostCategory('https://www.example.org/widgets/a.js', BASE, lists)).to.equal('marketing');
    expect(hostCategory('https://example.org/widgets', BASE, lists)).to.equal('marketing');
    expect(hostCategory('https://example.org/widgetsmore.js', BASE, lists)).to.equal(null);
    expect(hostCategory('https://example.org/other.js', BASE, lists)).to.equal(null);
    expect(hostCategory('https://stats.example.org/widgets/a.js', BASE, lists)).to.equal('analytics');
  });

  it('a pasted URL with a scheme still stands for its whole host', () => {
    const merged = mergeAutoBlock({}, { analytics: ['https://stats.example.org/script.js', 'cdn.example.org/tag/'] });
    expect(merged['analytics']).to.deep.equal(['stats.example.org', 'cdn.example.org/tag']);
  });
});
