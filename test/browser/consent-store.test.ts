import { expect } from '@open-wc/testing';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { checkDecision, consentStore, readDecision, readStartup } from '../../src/browser/consent-store.js';
import { waitUntil } from '../support/wait.js';
import { decide } from '../../src/core/consent.js';
import { parseConfig } from '../../src/core/config.js';

const parsed = parseConfig({ owner: 'Test Press Ltd.', policyUrl: '/privacy', revision: 1, categories: { necessary: { required: true }, analytics: {} } });
if (!parsed.ok) throw new Error('test config is invalid');
const valid = decide(parsed.config, { action: 'accept-all', source: 'banner' }, { id: 'f'.repeat(32), now: new Date(), gpc: false });
const corrupt = { id: 'abc', categories: { analytics: true } };

/** A database of its own per test, so the widget's own database and other tests are untouched. */
let store: UseStore;
let name: string;

async function quarantined(): Promise<unknown[]> {
  return store('readonly', (objectStore) =>
    new Promise((resolve) => {
      const request = objectStore.getAll(IDBKeyRange.bound(['quarantine', ''], ['quarantine', '\uffff']));
      request.onsuccess = () => resolve(request.result);
    }),
  );
}

describe('consent store: checking the decision in force', () => {
  beforeEach(() => {
    name = `consent-store-test-${Math.random().toString(36).slice(2)}`;
    store = createStore(name, 'consent');
  });
  afterEach(() => indexedDB.deleteDatabase(name));

  it('takes a valid record read elsewhere without touching storage', async () => {
    expect(await checkDecision(valid, store)).to.deep.equal({ state: valid, quarantined: false });
    expect(await get('current', store)).to.equal(undefined);
  });

  it('reads no record as no decision', async () => {
    expect(await checkDecision(undefined, store)).to.deep.equal({ state: null, quarantined: false });
    expect(await readDecision(store)).to.deep.equal({ state: null, quarantined: false });
  });

  it('moves a corrupt record aside and reads it as no decision, never as consent', async () => {
    await set('current', corrupt, store);
    expect(await readDecision(store)).to.deep.equal({ state: null, quarantined: true });
    expect(await get('current', store)).to.equal(undefined);
    const aside = (await quarantined()) as { value: unknown }[];
    expect(aside.map((entry) => entry.value)).to.deep.equal([corrupt]);
  });

  it('leaves a valid decision another tab stored after the corrupt one was read', async () => {
    await set('current', valid, store);
    // The corrupt record was read at start; by the time it is checked, storage holds a valid one.
    expect((await checkDecision(corrupt, store)).state).to.equal(null);
    expect(await get('current', store)).to.deep.equal(valid);
    expect(await quarantined()).to.deep.equal([]);
  });
});

describe('consent store: what the loader reads at start', () => {
  const deleteDatabase = (database: string): Promise<void> =>
    new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(database);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  before(() => deleteDatabase('cookie-consent'));
  after(() => deleteDatabase('cookie-consent'));

  it('answers "nothing stored" from a database this read creates, before its creation has finished', async () => {
    const order: string[] = [];
    const open = indexedDB.open;
    indexedDB.open = function (...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(indexedDB, args);
      request.addEventListener('success', () => order.push('database open'));
      return request;
    };
    try {
      const answer = await readStartup('a-config-key');
      order.push('answered');
      expect(answer).to.deep.equal([undefined, undefined, undefined]);
      await waitUntil(() => order.includes('database open'), 'the database did not open');
      expect(order).to.deep.equal(['answered', 'database open']);
    } finally {
      indexedDB.open = open;
    }
  });

  it('reads what the database holds once it exists, also later on the same page', async () => {
    await set('current', valid, consentStore());
    await set('purge-checked', '2026-11-01T00:00:00.000Z', consentStore());
    expect(await readStartup('a-config-key')).to.deep.equal([valid, undefined, '2026-11-01T00:00:00.000Z']);
  });
});
