/**
 * The collector's HTTP side (Fastify): receipts in, the public key out, and
 * (in auditor-api.ts) the token-guarded auditor API. Every error is JSON `{ error }`.
 */
import { Buffer } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { registerAuditorApi } from './auditor-api.js';
import { truncateIp } from './client-address.js';
import type { Storage } from './database.js';
import type { CollectorOptions } from './options.js';
import { ingestBatch } from './receipts.js';
import type { ReceiptSigner } from './signing.js';
import { SiteNames } from './site-names.js';

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

/** A client gets this long to send its whole request (headers and body). */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Node's own answers to what never became a request (a malformed request line,
 * headers over 16 KB, a request not finished in time), in the `{ error }` shape
 * of every other answer. Written to the socket directly: there is no reply.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A response already under way on this socket cannot be followed by another one: just close.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'request headers too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, `the request was not received within ${REQUEST_TIMEOUT_MS / 1000} s`]
        : [400, 'malformed HTTP request'];
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The router's own refusals (a malformed %-escape, an over-long path parameter), as `{ error }`. */
function answerRouterError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(error.statusCode ?? 400).send({ error: error.message });
}

/** Trusts the nearest `hops` addresses (the socket's, then X-Forwarded-For from the right). */
const trustHops = (hops: number) => (_address: string, hop: number): boolean => hop < hops;

export async function buildServer(options: CollectorOptions, storage: Storage, signer: ReceiptSigner): Promise<FastifyInstance> {
  const names = new SiteNames(options.categories);
  const storeIp = options.storeIp === 'truncated';
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    // A client gets 30 s to send its whole request: slow senders cannot hold connections open for ever.
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Node checks that limit only every connectionsCheckingInterval (30 s by default), and a request whose
    // headers are in is held to headersTimeout as computed when the server was created (60 s): so both are
    // given here, or a slow sender gets about 61 s. Checked every second, the limit holds within a second.
    http: { connectionsCheckingInterval: 1000, requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerRouterError,
    // Only the proxies named (a hop count, or their addresses): with every hop trusted, the client's own
    // left-most X-Forwarded-For address would count, and with it the rate limit and stored network.
    // A hop count becomes the function Fastify would make of it (its types take no number).
    trustProxy: typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : options.trustProxy,
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
      const result = await ingestBatch(storage, signer, names, { entries: request.body.entries, texts: request.body.texts, ip });
      for (const failure of result.failures) request.log.error({ err: failure }, 'one entry or text of a batch could not be stored');
      const counts: Record<string, number> = {};
      for (const { status } of result.receipts) counts[status] = (counts[status] ?? 0) + 1;
      const flagged = (counts['gap'] ?? 0) + (counts['fork'] ?? 0) + (counts['conflict'] ?? 0) + (counts['rejected'] ?? 0);
      request.log[flagged > 0 ? 'warn' : 'info']({ receipts: counts, textsStored: result.textsStored }, 'receipts');
      if (result.textsRefused > 0) {
        request.log.warn(
          { textsRefused: result.textsRefused },
          'a text was not archived: not a shown text, a category outside --categories, or new names past the 64 categories / 1024 services learned (set --categories to the site\'s)',
        );
      }
      return { receipts: result.receipts };
    },
  );

  await app.register(async (scope) => registerAuditorApi(scope, options, storage));

  return app;
}
