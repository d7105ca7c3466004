/**
 * Starts a collector: database (migrated), signing key, the retention purge
 * (at start, then hourly) and the HTTP server. Tests and `serve` both use it.
 */
import type { AddressInfo } from 'node:net';
import { openStorage } from './database.js';
import { resolveOptions, type CollectorOptions } from './options.js';
import { purgeExpired, type PurgeResult } from './retention.js';
import { buildServer } from './server.js';
import { loadOrCreateSigner } from './signing.js';

export interface RunningCollector {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  keyId: string;
  publicKey: string;
  /** Runs the retention purge now (it also runs at start and every hour). */
  purge(now?: Date): Promise<PurgeResult>;
  /** Stops accepting requests, waits for those in flight, closes the database. */
  close(): Promise<void>;
}

export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export async function startCollector(partial: Partial<CollectorOptions>): Promise<RunningCollector> {
  const options = resolveOptions(partial);
  const signer = await loadOrCreateSigner(options.keyFile);
  // A dropped idle PostgreSQL connection is logged, not fatal; the pool opens a new one.
  let onPoolError = (_error: Error): void => {};
  const storage = await openStorage(options.db, { onPoolError: (error) => onPoolError(error) });
  const app = await buildServer(options, storage, signer);
  const log = app.log;
  onPoolError = (error) => log.error({ err: error }, 'database connection lost');
  if (signer.created) log.info({ keyId: signer.keyId, keyFile: options.keyFile }, 'created a new signing key');
  if (signer.warning) log.warn(signer.warning);
  if (storage.warning) log.warn(storage.warning);

  const purge = async (now = new Date()): Promise<PurgeResult> => {
    const result = await purgeExpired(storage, options.retentionDays, now);
    log.info({ purged: result, retentionDays: options.retentionDays }, 'retention purge');
    return result;
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    await purge();
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await storage.close();
    throw error;
  }
  timer = setInterval(() => void purge().catch((error: unknown) => log.error({ err: error }, 'retention purge failed')), PURGE_INTERVAL_MS);
  timer.unref();

  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log.info({ url, db: storage.description, keyId: signer.keyId, origins: options.origins, storeIp: options.storeIp }, 'collector listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    keyId: signer.keyId,
    publicKey: signer.publicKey,
    purge,
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        timer = undefined;
        await app.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
