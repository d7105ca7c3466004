import { expect } from '@open-wc/testing';
import { blockingCategories, ownCategories, runsAsScript, safeMatcher, withOurCategories, type BlockPolicy } from '../../src/core/auto-block-policy.js';

const BASE = 'https://news.example.org/';
const policy = (autoBlock: Record<string, string[]>, granted: string[] = []): BlockPolicy => ({
  match: safeMatcher(autoBlock),
  isGranted: (category) => granted.includes(category),
});

describe('blockingCategories', () => {
  it('gives the categories a tracker waits for, null for other hosts and once they are granted', () => {
    const lists = { analytics: ['tracker.example'], marketing: ['ads.example'] };
    expect(blockingCategories([policy(lists)], 'https://www.tracker.example/t.js', BASE)).to.deep.equal(['analytics']);
    expect(blockingCategories([policy(lists)], '/own.js', BASE)).to.equal(null);
    expect(blockingCategories([policy(lists, ['analytics'])], 'https://tracker.example/t.js', BASE)).to.equal(null);
  });

  it('needs every category of a host listed under several', () => {
    const lists = { analytics: ['both.example'], marketing: ['both.example'] };
    expect(blockingCategories([policy(lists, ['analytics'])], 'https://both.example/t.js', BASE)).to.deep.equal(['analytics', 'marketing']);
    expect(blockingCategories([policy(lists, ['analytics', 'marketing'])], 'https://both.example/t.js', BASE)).to.equal(null);
  });

  it('with several blockers, a tag passes only when each one lets it pass; their categories add up once each', () => {
    const first = policy({ analytics: ['tracker.example'] }, ['analytics']);
    const second = policy({ analytics: ['tracker.example'], marketing: ['tracker.example'] });
    expect(blockingCategories([first, second], 'https://tracker.example/t.js', BASE)).to.deep.equal(['analytics', 'marketing']);
    expect(blockingCategories([first], 'https://tracker.example/t.js', BASE)).to.equal(null);
  });

  it('fails closed when isGranted throws, and skips a matcher that throws', () => {
    const throwing: BlockPolicy = {
      match: safeMatcher({ analytics: ['tracker.example'] }),
      isGranted: () => {
        throw new Error('broken');
      },
    };
    expect(blockingCategories([throwing], 'https://tracker.example/t.js', BASE)).to.deep.equal(['analytics']);
    const broken: BlockPolicy = {
      match: () => {
        throw new Error('broken');
      },
      isGranted: () => false,
    };
    expect(blockingCategories([broken], 'https://tracker.example/t.js', BASE)).to.equal(null);
  });
});

describe('safeMatcher', () => {
  it('blocks nothing for a list it cannot read, instead of throwing', () => {
    expect(safeMatcher(null as unknown as Record<string, string[]>)('https://tracker.example/', BASE)).to.equal(null);
    expect(safeMatcher({ analytics: 'tracker.example' } as unknown as Record<string, string[]>)('https://tracker.example/', BASE)).to.equal(null);
  });
});

describe('runsAsScript', () => {
  it('is true for the types a browser runs, whatever their case and parameters', () => {
    for (const type of [null, '', 'module', 'text/javascript', 'TEXT/JavaScript; charset=utf-8', ' application/javascript ', 'text/jscript']) {
      expect(runsAsScript(type), String(type)).to.equal(true);
    }
  });

  it('is true for each of the JavaScript MIME type essences HTML lists, and false for lookalikes', () => {
    const essences = ['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript', 'text/ecmascript',
      'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4',
      'text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript'];
    for (const type of essences) expect(runsAsScript(type), type).to.equal(true);
    for (const type of ['text/javascript1.6', 'text/x-jscript', 'application/jscript', 'javascript', 'text/javascript2', 'x-module', 'modules']) {
      expect(runsAsScript(type), type).to.equal(false);
    }
  });

  it('is false for data blocks and already-marked scripts', () => {
    for (const type of ['text/plain', 'application/json', 'application/ld+json', 'importmap', 'speculationrules', 'text/template']) {
      expect(runsAsScript(type), type).to.equal(false);
    }
  });
});

describe('withOurCategories and ownCategories', () => {
  it('keeps the site owner’s categories first and adds ours once', () => {
    expect(withOurCategories(null, null, ['analytics'])).to.equal('analytics');
    expect(withOurCategories('functional', null, ['analytics'])).to.equal('functional analytics');
    expect(withOurCategories('analytics', null, ['analytics'])).to.equal('analytics');
  });

  it('replaces what an earlier conversion added, and gives back only the owner’s own', () => {
    expect(withOurCategories('functional analytics', 'analytics', ['marketing'])).to.equal('functional marketing');
    expect(ownCategories('functional  analytics ', 'analytics')).to.deep.equal(['functional']);
    expect(ownCategories('analytics', 'analytics')).to.deep.equal([]);
  });
});
