// The package as a site owner or auditor gets it: `npm pack`, installed into an empty folder outside
// the repository, and the README's commands run there by the names npm gives them. Dependencies come
// from npm's local cache when it has them; install scripts are skipped (nothing here needs a native build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFile } from './support/export-fixture.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, cwd) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

test('installed from its tarball outside the repository, the README commands work by the package name and the short names', { timeout: 240_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-package-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const packed = await run(npm, ['pack', '--pack-destination', dir, '--silent'], root);
  assert.equal(packed.code, 0, packed.stderr);
  const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
  const site = join(dir, 'site');
  await run('mkdir', [site]);
  await writeFile(join(site, 'package.json'), JSON.stringify({ name: 'a-site', version: '1.0.0', private: true }));
  const installed = await run(npm, ['install', join(dir, tarball), '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], site);
  assert.equal(installed.code, 0, installed.stderr);

  const log = join(site, 'consent-log.json');
  await writeFile(log, JSON.stringify(exportFile(2)));
  for (const name of ['cookie-consent-element', 'cookie-consent']) {
    const result = await run('npx', ['--no-install', name, 'verify', log], site);
    assert.equal(result.code, 0, `${name}: ${result.stdout}${result.stderr}`);
    assert.match(result.stdout, /verified: 2 entries/);
  }
  const collector = await run('npx', ['--no-install', '-p', 'cookie-consent-element', 'cookie-consent-collector', '--help'], site);
  assert.equal(collector.code, 0, collector.stderr);
  assert.match(collector.stdout, /cookie-consent-collector serve/);

  // What a website serves is in one folder of its own: the two loaders and the content-hashed chunks.
  const web = await readdir(join(site, 'node_modules/cookie-consent-element/dist/web'));
  assert.deepEqual(web.filter((name) => !/^[0-9a-f]{12}$/.test(name)).sort(), ['cookie-consent-lite.js', 'cookie-consent.js']);
  assert.ok((await readdir(join(site, 'node_modules/cookie-consent-element/dist/audit'))).includes('cookie-consent-audit.html'));
});
