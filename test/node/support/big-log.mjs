// A large consent log written straight into a collector's database, for the
// export and soak tests: valid chains, hashed with the shared core code.
import { loadCore } from './build-collector.mjs';

const core = await loadCore();

/** `entries` entries in chains of 10, each with `categories` categories: rows ready for the entries table. */
export async function bigLog({ entries, categories, textHash, prefix = 'stall' }) {
  const names = Array.from({ length: categories }, (_, i) => `category_${String(i).padStart(3, '0')}`);
  const rows = [];
  const receivedAt = new Date().toISOString();
  for (let chain = 0; rows.length < entries; chain++) {
    const consentId = `${prefix}-${String(chain).padStart(6, '0')}`;
    let prevHash = core.GENESIS_HASH;
    for (let seq = 0; seq < 10 && rows.length < entries; seq++) {
      const at = new Date(Date.now() - 60_000);
      const draft = {
        consentId,
        seq,
        at: at.toISOString(),
        action: 'save',
        source: 'preferences',
        categories: Object.fromEntries(names.map((name, i) => [name, (i + seq) % 2 === 0])),
        revision: 1,
        language: 'en',
        gpc: false,
        expiresAt: new Date(at.getTime() + 86_400_000).toISOString(),
        textHash,
        url: 'https://news.example/',
        prevHash,
      };
      const entry = { ...draft, hash: await core.entryHash(draft) };
      rows.push([consentId, seq, entry.hash, prevHash, textHash, core.canonicalJson(entry), receivedAt, 'accepted']);
      prevHash = entry.hash;
    }
  }
  return rows;
}

/** Writes the rows straight into the entries table, 200 a statement. */
export async function insertRows(database, rows) {
  const quote = (value) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`);
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((row) => `(${row.map(quote).join(',')})`).join(',');
    await database.exec(`insert into entries (consent_id, seq, hash, prev_hash, text_hash, entry, received_at, status) values ${values}`);
  }
}
