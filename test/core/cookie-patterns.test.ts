import { expect } from '@open-wc/testing';
import { parseConfig, type ConsentConfig } from '../../src/core/config.js';
import {
  cleanupPatterns,
  cookieNameMatcher,
  cookieNames,
  cookiesToDelete,
  domainCandidates,
  pathCandidates,
  patternsFor,
} from '../../src/core/cookie-patterns.js';

function config(): ConsentConfig {
  const result = parseConfig({
    revision: 1,
    categories: {
      necessary: { required: true, services: { session: { cookies: [{ name: 'sid' }] } } },
      analytics: {
        services: {
          ga4: { cookies: [{ name: '_ga', duration: '2 years' }, { name: '_ga_*', duration: '2 years' }] },
          hotjar: { cookies: [{ name: '_hj*' }] },
          plain: {},
        },
      },
      marketing: {
        services: {
          ads: { cookies: [{ name: '_gcl_au' }, { name: '_ga' }] },
          pixel: { cookies: [{ name: '_fbp' }] },
        },
      },
      functional: {},
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

describe('core/cookie-patterns', () => {
  describe('cookieNameMatcher', () => {
    it('matches "*" against any run of characters, the empty run included', () => {
      const matches = cookieNameMatcher(['_ga_*']);
      expect(matches('_ga_ABC123')).to.equal(true);
      expect(matches('_ga_')).to.equal(true);
      expect(matches('_gat')).to.equal(false);
      expect(matches('_ga')).to.equal(false);
      expect(matches('x_ga_ABC')).to.equal(false);
    });

    it('allows a star anywhere, and several', () => {
      const matches = cookieNameMatcher(['*_session', 'a*b*c']);
      expect(matches('php_session')).to.equal(true);
      expect(matches('_session')).to.equal(true);
      expect(matches('php_session2')).to.equal(false);
      expect(matches('abc')).to.equal(true);
      expect(matches('a-x-b-y-c')).to.equal(true);
      expect(matches('a-x-c-y-b')).to.equal(false);
    });

    it('takes dots literally', () => {
      const matches = cookieNameMatcher(['ab.test']);
      expect(matches('ab.test')).to.equal(true);
      expect(matches('abXtest')).to.equal(false);
    });

    it('takes every other regex metacharacter literally', () => {
      const names = ['a+b', 'a?', '(x)', '[y]', '{2}', '^s$', 'p|q', 'back\\slash', 'a.*b'];
      const matches = cookieNameMatcher(names);
      for (const name of names) expect(matches(name), name).to.equal(true);
      for (const name of ['aab', 'a', 'x', 'y', 's', 'p', 'q', 'backslash', 'aXb']) {
        expect(matches(name), name).to.equal(false);
      }
      // In "a.*b" only the star is a wildcard; the dot before it stays literal.
      expect(cookieNameMatcher(['a.*b'])('a.XYZb')).to.equal(true);
    });

    it('is case-sensitive, as cookie names are', () => {
      const matches = cookieNameMatcher(['_ga', '_fb*']);
      expect(matches('_GA')).to.equal(false);
      expect(matches('_FBP')).to.equal(false);
      expect(matches('_fbp')).to.equal(true);
    });

    it('matches nothing without patterns, and ignores empty ones', () => {
      expect(cookieNameMatcher([])('_ga')).to.equal(false);
      expect(cookieNameMatcher([''])('')).to.equal(false);
      expect(cookieNameMatcher(['', '_ga'])('_ga')).to.equal(true);
    });
  });

  describe('domainCandidates', () => {
    it('lists the host and every parent down to, not including, the top-level label', () => {
      expect(domainCandidates('www.news.example.co.uk')).to.deep.equal([
        'www.news.example.co.uk',
        'news.example.co.uk',
        'example.co.uk',
        'co.uk',
      ]);
      expect(domainCandidates('example.com')).to.deep.equal(['example.com']);
    });

    it('is case-insensitive and ignores the trailing dot of a fully qualified host', () => {
      expect(domainCandidates('WWW.Example.COM.')).to.deep.equal(['www.example.com', 'example.com']);
    });

    it('gives IP addresses and single-label hosts only themselves', () => {
      expect(domainCandidates('192.168.1.20')).to.deep.equal(['192.168.1.20']);
      expect(domainCandidates('[::1]')).to.deep.equal(['[::1]']);
      expect(domainCandidates('[2001:db8::1]')).to.deep.equal(['[2001:db8::1]']);
      expect(domainCandidates('localhost')).to.deep.equal(['localhost']);
      expect(domainCandidates('intranet')).to.deep.equal(['intranet']);
    });

    it('gives nothing for a document without a host', () => {
      expect(domainCandidates('')).to.deep.equal([]);
    });
  });

  describe('pathCandidates', () => {
    it('lists "/" and every segment prefix of the path, with and without the trailing slash', () => {
      expect(pathCandidates('/a/b/c')).to.deep.equal(['/', '/a', '/a/', '/a/b', '/a/b/', '/a/b/c']);
    });

    it('ends with the trailing slash when the path does', () => {
      expect(pathCandidates('/shop/cart/')).to.deep.equal(['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']);
    });

    it('gives only "/" for the root and for paths that are not paths', () => {
      expect(pathCandidates('/')).to.deep.equal(['/']);
      expect(pathCandidates('')).to.deep.equal(['/']);
      expect(pathCandidates('blank')).to.deep.equal(['/']);
    });
  });

  describe('cookiesToDelete', () => {
    it('returns the names present that match, each once', () => {
      const header = '_ga=GA1.1.1; keepme=1; _ga_XYZ=GS1; _gat=1; _ga=GA1.2.2; _ga_ABC=x=y';
      expect(cookiesToDelete(header, ['_ga', '_ga_*'])).to.deep.equal(['_ga', '_ga_XYZ', '_ga_ABC']);
    });

    it('returns nothing for an empty header or no patterns', () => {
      expect(cookiesToDelete('', ['_ga'])).to.deep.equal([]);
      expect(cookiesToDelete('_ga=1', [])).to.deep.equal([]);
    });

    it('skips the name-less cookies that "document.cookie = \'value\'" creates', () => {
      expect(cookieNames('lonely; a=1;  b = 2 ')).to.deep.equal(['a', 'b']);
      expect(cookiesToDelete('lonely', ['*'])).to.deep.equal([]);
    });
  });

  describe('patternsFor', () => {
    it('collects the patterns of every service in the given categories, each once, in config order', () => {
      expect(patternsFor(config(), ['analytics'])).to.deep.equal(['_ga', '_ga_*', '_hj*']);
      expect(patternsFor(config(), ['analytics', 'marketing'])).to.deep.equal(['_ga', '_ga_*', '_hj*', '_gcl_au', '_fbp']);
    });

    it('gives nothing for categories without services or unknown to the config', () => {
      expect(patternsFor(config(), ['functional', 'nope'])).to.deep.equal([]);
      expect(patternsFor(config(), [])).to.deep.equal([]);
    });
  });

  describe('cleanupPatterns', () => {
    it('removes the refused categories\' patterns and keeps the names an allowed category also declares', () => {
      const plan = cleanupPatterns(config(), { categories: { necessary: true, analytics: false, marketing: true, functional: false } });
      expect(plan.remove).to.deep.equal(['_ga', '_ga_*', '_hj*']);
      expect(plan.keep).to.deep.equal(['sid', '_gcl_au', '_ga', '_fbp']);
    });

    it('removes everything optional after a withdrawal, never a required category\'s', () => {
      const plan = cleanupPatterns(config(), { categories: { necessary: false, analytics: false, marketing: false } });
      expect(plan.remove).to.deep.equal(['_ga', '_ga_*', '_hj*', '_gcl_au', '_fbp']);
      expect(plan.keep).to.deep.equal(['sid']);
    });

    it('removes a service switched off inside an allowed category, and one the decision never covered', () => {
      const plan = cleanupPatterns(config(), {
        categories: { necessary: true, analytics: true, marketing: true },
        services: { analytics: { ga4: true, hotjar: false }, marketing: { ads: true } },
      });
      expect(plan.remove).to.deep.equal(['_hj*', '_fbp']);
      expect(plan.keep).to.deep.equal(['sid', '_ga', '_ga_*', '_gcl_au']);
    });
  });
});
