// Bundles the collector from source (src/collector/main.ts) for the tests, so
// they always exercise the current code, never a stale dist/. The bundle goes
// under node_modules/.cache so that its imports of fastify, kysely, pg and
// better-sqlite3 resolve from this repository's node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

let built;

/** Path of a fresh bundle (built once per test process). */
export function collectorBundle() {
  built ??= (async () => {
    const cache = join(root, 'node_modules', '.cache', 'cookie-consent-collector-tests');
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(join(cache, 'build-'));
    // Removed when the test process ends; a spawned collector has loaded it by then.
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'collector.js');
    await build({
      entryPoints: [join(root, 'src/collector/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return built;
}

/** The bundle's exports: startCollector, purgeExpired, openStorage, truncateIp, main. */
export async function loadCollector() {
  return import(await collectorBundle());
}

let core;

/** The shared core code the collector uses (log, export, verify-export, sha256), bundled from source. */
export function loadCore() {
  core ??= (async () => {
    const result = await build({
      stdin: {
        contents: ["log", "log-verification", "export", "verify-export", "sha256", "shown-text"].map((name) => `export * from './src/core/${name}.ts';`).join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'warning',
    });
    const code = result.outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  })();
  return core;
}
