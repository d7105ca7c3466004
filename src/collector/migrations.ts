/**
 * Schema migrations, built in and applied at every start (Kysely's migrator
 * keeps track and takes a lock, so two collectors on one PostgreSQL database
 * do not race). Add new ones at the end; never edit one that has shipped.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import { namesOfText, MAX_LEARNED_CATEGORIES, MAX_LEARNED_SERVICES, WELL_KNOWN } from './site-names.js';

const migrations: Record<string, Migration> = {
  '0001-receipts': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('entries')
        .addColumn('consent_id', 'text', (column) => column.notNull())
        .addColumn('seq', 'integer', (column) => column.notNull())
        .addColumn('hash', 'text', (column) => column.notNull())
        .addColumn('prev_hash', 'text', (column) => column.notNull())
        .addColumn('text_hash', 'text', (column) => column.notNull())
        .addColumn('entry', 'text', (column) => column.notNull())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('ip', 'text')
        .addPrimaryKeyConstraint('entries_pk', ['consent_id', 'seq'])
        .execute();
      await db.schema.createIndex('entries_received_at').on('entries').column('received_at').execute();
      await db.schema.createIndex('entries_text_hash').on('entries').column('text_hash').execute();

      await db.schema
        .createTable('flags')
        .addColumn('consent_id', 'text', (column) => column.notNull())
        .addColumn('seq', 'integer', (column) => column.notNull())
        .addColumn('hash', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('problem', 'text', (column) => column.notNull())
        .addColumn('entry', 'text', (column) => column.notNull())
        .addColumn('text_hash', 'text', (column) => column.notNull())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .addColumn('in_entries', 'integer', (column) => column.notNull())
        .addColumn('ip', 'text')
        .addPrimaryKeyConstraint('flags_pk', ['consent_id', 'seq', 'hash'])
        .execute();
      await db.schema.createIndex('flags_received_at').on('flags').column('received_at').execute();
      await db.schema.createIndex('flags_text_hash').on('flags').column('text_hash').execute();

      await db.schema
        .createTable('texts')
        .addColumn('hash', 'text', (column) => column.primaryKey())
        .addColumn('text', 'text', (column) => column.notNull())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('anchors')
        .addColumn('consent_id', 'text', (column) => column.primaryKey())
        .addColumn('seq', 'integer', (column) => column.notNull())
        .addColumn('hash', 'text', (column) => column.notNull())
        .addColumn('purged_at', 'text', (column) => column.notNull())
        .addColumn('purged', 'integer', (column) => column.notNull())
        .execute();
    },
  },
  '0002-site-names': {
    // The category and service names the site has, learned from the archived texts (capped): what an entry
    // may name. Filled here from the texts already archived, in the order they arrived.
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('site_names')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('learned_at', 'text', (column) => column.notNull())
        .execute();
      const known = db as unknown as Kysely<{
        texts: { hash: string; text: string; received_at: string };
        site_names: { name: string; kind: string; learned_at: string };
      }>;
      const learned = new Set<string>();
      let categories = 0;
      let services = 0;
      const rows = await known.selectFrom('texts').select(['text', 'received_at']).orderBy('received_at').execute();
      for (const row of rows) {
        const names = namesOfText(JSON.parse(row.text) as unknown);
        if (!names) continue;
        // The well-known categories are always allowed: not counted, as when the server learns.
        const fresh = names.filter((name) => !learned.has(name.name) && !(name.kind === 'category' && WELL_KNOWN.includes(name.name)));
        const newCategories = fresh.filter((name) => name.kind === 'category').length;
        if (categories + newCategories > MAX_LEARNED_CATEGORIES || services + fresh.length - newCategories > MAX_LEARNED_SERVICES) continue;
        for (const name of fresh) {
          learned.add(name.name);
          await known.insertInto('site_names').values({ ...name, learned_at: row.received_at }).execute();
        }
        categories += newCategories;
        services += fresh.length - newCategories;
      }
    },
  },
};

/**
 * `schema`: PostgreSQL's current schema. Named so that the migrator looks for
 * its bookkeeping tables there only, not in another schema of the same database.
 */
export async function migrateToLatest<Tables>(db: Kysely<Tables>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'collector_migrations',
    migrationLockTableName: 'collector_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
