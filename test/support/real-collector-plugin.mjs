// Starts a real consent-receipt collector (dist/node/collector.js, SQLite in a temp
// folder) next to the test server, for the browser ↔ collector round trip.
// Tests read its address, public key and auditor token from /__real-collector.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AUDITOR_TOKEN = 'browser-round-trip-token-0123456789';

export function realCollectorPlugin() {
  let running = null;
  let folder = null;
  return {
    name: 'real-collector',
    async serverStart({ config }) {
      const { startCollector } = await import(new URL('../../dist/node/collector.js', import.meta.url).href);
      folder = mkdtempSync(join(tmpdir(), 'cc-real-collector-'));
      running = await startCollector({
        db: join(folder, 'consent.db'),
        host: '127.0.0.1',
        port: 0,
        origins: [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`],
        token: AUDITOR_TOKEN,
        keyFile: join(folder, 'collector-key.pem'),
        rateLimit: 0,
        logLevel: 'silent',
      });
    },
    async serverStop() {
      await running?.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__real-collector') {
        return { type: 'json', body: JSON.stringify({ url: running.url, publicKey: running.publicKey, keyId: running.keyId }) };
      }
      if (context.path === '/__real-collector/export') {
        // The auditor API is for servers (no CORS), so the test server asks it, as an auditor's tool would.
        const response = await fetch(`${running.url}/v1/export${context.search}`, { headers: { authorization: `Bearer ${AUDITOR_TOKEN}` } });
        return { type: 'json', body: await response.text() };
      }
      return undefined;
    },
  };
}
