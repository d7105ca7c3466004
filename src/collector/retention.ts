/**
 * The retention purge: entries received more than `retentionDays` ago are
 * deleted, as a leading run of each consent ID's chain, and an anchor records
 * where the chain continues so that later entries still link up. The newest
 * entry stays while its decision is in force (it proves the consent in use);
 * texts stay while any stored entry refers to them.
 */
import type { LogEntry } from '../core/log.js';
import type { Storage } from './database.js';

export interface PurgeResult {
  entries: number;
  flags: number;
  texts: number;
  anchors: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CONSENT_IDS_PER_PAGE = 200;

/** Purges one consent ID's old entries in a transaction; returns how many went. */
async function purgeChain(storage: Storage, consentId: string, cutoff: string, now: Date): Promise<number> {
  return storage.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('entries')
      .select(['seq', 'hash', 'received_at'])
      .where('consent_id', '=', consentId)
      .orderBy('seq')
      .execute();
    // Only a leading run of old entries goes, so what stays is still one chain from the anchor on.
    let end = rows.findIndex((row) => row.received_at >= cutoff);
    if (end === -1) {
      end = rows.length;
      const newest = rows[rows.length - 1];
      if (newest) {
        const entry = await trx.selectFrom('entries').select('entry').where('consent_id', '=', consentId).where('seq', '=', newest.seq).executeTakeFirstOrThrow();
        const { expiresAt } = JSON.parse(entry.entry) as LogEntry;
        if (Date.parse(expiresAt) > now.getTime()) end -= 1;
      }
    }
    if (end <= 0) return 0;
    const last = rows[end - 1]!;
    await trx.deleteFrom('entries').where('consent_id', '=', consentId).where('seq', '<=', last.seq).execute();
    const anchor = await trx.selectFrom('anchors').select('purged').where('consent_id', '=', consentId).executeTakeFirst();
    const values = { seq: last.seq, hash: last.hash, purged_at: now.toISOString(), purged: Number(anchor?.purged ?? 0) + end };
    if (anchor) await trx.updateTable('anchors').set(values).where('consent_id', '=', consentId).execute();
    else await trx.insertInto('anchors').values({ consent_id: consentId, ...values }).execute();
    return end;
  });
}

export async function purgeExpired(storage: Storage, retentionDays: number, now = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const { db } = storage;
  let entries = 0;
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('entries')
      .select('consent_id')
      .distinct()
      .where('received_at', '<', cutoff)
      .where('consent_id', '>', after)
      .orderBy('consent_id')
      .limit(CONSENT_IDS_PER_PAGE)
      .execute();
    for (const { consent_id } of page) entries += await purgeChain(storage, consent_id, cutoff, now);
    if (page.length < CONSENT_IDS_PER_PAGE) break;
    after = page[page.length - 1]!.consent_id;
  }

  const flags = await db.deleteFrom('flags').where('received_at', '<', cutoff).executeTakeFirst();
  // An anchor whose chain is gone entirely, and that is itself past retention, has nothing left to anchor.
  const anchors = await db
    .deleteFrom('anchors')
    .where('purged_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('entries').select('seq').whereRef('entries.consent_id', '=', 'anchors.consent_id'))))
    .executeTakeFirst();
  const texts = await db
    .deleteFrom('texts')
    .where('received_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('entries').select('seq').whereRef('entries.text_hash', '=', 'texts.hash'))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('flags').select('seq').whereRef('flags.text_hash', '=', 'texts.hash'))))
    .executeTakeFirst();
  return {
    entries,
    flags: Number(flags.numDeletedRows),
    texts: Number(texts.numDeletedRows),
    anchors: Number(anchors.numDeletedRows),
  };
}
