// Runs the collector as its own process, as `npx cookie-consent-collector serve`
// would: for the command-line tests, the load test and the kill test.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { collectorBundle } from './build-collector.mjs';

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the collector at ${url} did not come up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `serve` on a free port; resolves once /health answers. */
export async function spawnCollector(args, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [await collectorBundle(), 'serve', '--host', '127.0.0.1', '--port', String(port), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitForHealth(url), exited.then(({ code }) => Promise.reject(new Error(`the collector exited (${code}): ${stderr}`)))]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, child, exited, stderr: () => stderr };
}
