/**
 * The collector's HTTP side (Fastify): receipts in, the public key out, and
 * (in auditor-api.ts) the token-guarded auditor API. Every error is JSON `{ error }`.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { registerAuditorApi } from './auditor-api.js';
import { truncateIp } from './client-address.js';
import type { Storage } from './database.js';
import type { CollectorOptions } from './options.js';
import { ingestBatch } from './receipts.js';
import type { ReceiptSigner } from './signing.js';

export const MAX_BODY_BYTES = 256 * 1024;
export const MAX_ENTRIES = 100;
export const WELL_KNOWN_PATH = '/.well-known/cookie-consent-collector.json';
const RECEIPTS_PATH = '/v1/receipts';

const receiptsBody = {
  type: 'object',
  required: ['entries'],
  properties: {
    entries: { type: 'array', minItems: 1, maxItems: MAX_ENTRIES, items: { type: 'object' } },
    texts: { type: 'object', maxProperties: MAX_ENTRIES, additionalProperties: { type: 'object' } },
  },
} as const;

interface ReceiptsBody {
  entries: object[];
  texts?: Record<string, object>;
}

const pathOf = (url: string): string => url.split('?')[0]!;

export async function buildServer(options: CollectorOptions, storage: Storage, signer: ReceiptSigner): Promise<FastifyInstance> {
  const storeIp = options.storeIp === 'truncated';
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    // A client gets 30 s to send its whole request: slow senders cannot hold connections open for ever.
    requestTimeout: 30_000,
    trustProxy: options.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Strict validation: no type coercion, nothing removed from the body (an entry's fields are hashed).
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    logger: {
      level: options.logLevel,
      serializers: {
        // No IP address in the logs unless the site owner turned truncated addresses on; no query strings.
        req: (req: FastifyRequest) => ({ method: req.method, url: pathOf(req.url), ...(storeIp ? { ip: truncateIp(req.ip) } : {}) }),
      },
    },
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send({ error: 'internal error' });
    }
    return reply.code(status).send({ error: error.message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  // Also JSON when sent as text/plain: a browser can send that without a CORS preflight (page-hide beacons).
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  const tooMany = (_request: FastifyRequest, context: { after: string }) =>
    Object.assign(new Error(`too many requests: retry in ${context.after}`), { statusCode: 429 });
  // Awaited: the plugin sees only the routes declared after it has loaded.
  await app.register(rateLimit, { global: false, errorResponseBuilder: tooMany });

  // CORS for the receipts route only, and only for the configured origins.
  await app.register(cors, {
    delegator: (request, callback) => {
      const enabled = pathOf(request.url) === RECEIPTS_PATH && options.origins.length > 0;
      callback(null, enabled ? { origin: options.origins, methods: ['POST'], allowedHeaders: ['Content-Type'], maxAge: 86_400 } : { origin: false });
    },
  });

  app.get('/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(storage.db);
      return { ok: true };
    } catch (error) {
      reply.log.error({ err: error }, 'database check failed');
      return reply.code(503).send({ ok: false, error: 'database unavailable' });
    }
  });

  app.get(WELL_KNOWN_PATH, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=3600');
    return {
      algorithm: 'Ed25519',
      keyId: signer.keyId,
      publicKey: signer.publicKey,
      publicKeyJwk: signer.publicKeyJwk,
      signs: 'the UTF-8 bytes of canonicalJson({ consentId, seq, hash, receivedAt, status }): keys sorted, no spaces; signature in base64url',
    };
  });

  app.post<{ Body: ReceiptsBody }>(
    RECEIPTS_PATH,
    {
      bodyLimit: MAX_BODY_BYTES,
      schema: { body: receiptsBody },
      config: { rateLimit: options.rateLimit > 0 ? { max: options.rateLimit, timeWindow: 60_000 } : false },
    },
    async (request) => {
      const ip = storeIp ? truncateIp(request.ip) : null;
      const result = await ingestBatch(storage, signer, { entries: request.body.entries, texts: request.body.texts, ip });
      const counts: Record<string, number> = {};
      for (const { status } of result.receipts) counts[status] = (counts[status] ?? 0) + 1;
      const flagged = (counts['gap'] ?? 0) + (counts['fork'] ?? 0) + (counts['rejected'] ?? 0);
      request.log[flagged > 0 ? 'warn' : 'info']({ receipts: counts, textsStored: result.textsStored }, 'receipts');
      return { receipts: result.receipts };
    },
  );

  await app.register(async (scope) => registerAuditorApi(scope, options, storage));

  return app;
}
