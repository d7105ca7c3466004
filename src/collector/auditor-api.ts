/**
 * The auditor API, behind a bearer token: the export (JSON and CSV, streamed),
 * the texts archive, and the gap and fork records.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { bearerMatches } from './auditor-token.js';
import type { Storage } from './database.js';
import { csvExportChunks, jsonExportChunks, type ExportQuery } from './export-stream.js';
import type { CollectorOptions } from './options.js';

const isoQueryTime = { type: 'string', format: 'date-time' } as const;
const consentIdQuery = { type: 'string', minLength: 1, maxLength: 200 } as const;
const exportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { from: isoQueryTime, to: isoQueryTime, consentId: consentIdQuery, format: { enum: ['json', 'csv'] } },
} as const;
const flagsQuery = {
  type: 'object',
  additionalProperties: false,
  // Query values are strings (the server does not coerce types): `limit` is checked as digits.
  properties: { from: isoQueryTime, to: isoQueryTime, consentId: consentIdQuery, limit: { type: 'string', pattern: '^[1-9][0-9]{0,4}$' } },
} as const;
const MAX_FLAGS = 10_000;

/**
 * A query time as ISO-8601 UTC. The schema's date-time format lets through
 * what Date cannot hold (a leap second, 23:59:60): that is bad input too, a 400.
 */
function iso(name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    throw Object.assign(new Error(`querystring/${name}: expected an ISO-8601 time such as 2026-01-31T00:00:00Z (seconds 00–59), got "${text.slice(0, 40)}"`), { statusCode: 400 });
  }
  return new Date(time).toISOString();
}

/** Joins small chunks into writes of about 64 KiB: one write per CSV row would be slow. */
async function* coalesce(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Auditor requests per minute per client, wrong tokens included. */
export const AUDITOR_RATE_LIMIT = 120;

export async function registerAuditorApi(auditor: FastifyInstance, options: CollectorOptions, storage: Storage): Promise<void> {
  // Counted before the token check, so that guessing tokens is limited like everything else.
  auditor.addHook('onRequest', auditor.rateLimit({ max: AUDITOR_RATE_LIMIT, timeWindow: 60_000 }));
  auditor.addHook('onRequest', async (request, reply) => {
    if (bearerMatches(request.headers.authorization, options.token)) return;
    void reply.header('www-authenticate', 'Bearer');
    return reply.code(401).send({ error: options.token ? 'a valid auditor token is required (Authorization: Bearer …)' : 'the auditor API is off: start the collector with --token' });
  });

  auditor.get<{ Querystring: ExportQuery & { format?: 'json' | 'csv' } }>('/v1/export', { schema: { querystring: exportQuery }}, async (request, reply) => {
    const { format = 'json', consentId } = request.query;
    const query: ExportQuery = { from: iso('from', request.query.from), to: iso('to', request.query.to), consentId };
    const site = options.site ?? options.origins[0] ?? 'cookie-consent-collector';
    const day = new Date().toISOString().slice(0, 10);
    const chunks = format === 'csv' ? csvExportChunks(storage, query) : jsonExportChunks(storage, query, site);
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="consent-log-${day}.${format}"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(coalesce(chunks)));
  });

  auditor.get<{ Params: { hash: string } }>('/v1/texts/:hash', async (request, reply) => {
    const row = await storage.db.selectFrom('texts').select('text').where('hash', '=', request.params.hash).executeTakeFirst();
    if (!row) return reply.code(404).send({ error: 'no text is archived under that hash' });
    return reply.header('content-type', 'application/json; charset=utf-8').send(row.text);
  });

  auditor.get<{ Querystring: { from?: string; to?: string; consentId?: string; limit?: string } }>(
    '/v1/flags',
    { schema: { querystring: flagsQuery }},
    async (request) => {
      const { consentId } = request.query;
      const limit = Math.min(Number(request.query.limit ?? 1000), MAX_FLAGS);
      const from = iso('from', request.query.from);
      const to = iso('to', request.query.to);
      let select = storage.db.selectFrom('flags').selectAll();
      if (from) select = select.where('received_at', '>=', from);
      if (to) select = select.where('received_at', '<', to);
      if (consentId !== undefined) select = select.where('consent_id', '=', consentId);
      const rows = await select.orderBy('received_at').orderBy('consent_id').orderBy('seq').limit(limit + 1).execute();
      return {
        flags: rows.slice(0, limit).map((row) => ({
          consentId: row.consent_id,
          seq: Number(row.seq),
          hash: row.hash,
          kind: row.kind,
          problem: row.problem,
          receivedAt: row.received_at,
          // false: a fork for an occupied slot, kept here (and exported after the entry holding the slot); true: also among the stored entries.
          inEntries: Number(row.in_entries) === 1,
          entry: JSON.parse(row.entry) as unknown,
        })),
        truncated: rows.length > limit,
      };
    },
  );
}
