// dist/web/ is what a website serves (README "Deploy"): the two loaders at stable URLs and the lazy
// chunks in a folder named by a hash of their content, which is what makes caching them for a year safe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

test('dist/web holds the two loaders and one content-hashed folder, nothing for Node', () => {
  const names = readdirSync(web).sort();
  const folders = names.filter((name) => /^[0-9a-f]{12}$/.test(name));
  assert.equal(folders.length, 1);
  assert.deepEqual(names.filter((name) => !folders.includes(name)), ['cookie-consent-lite.js', 'cookie-consent.js']);
  assert.ok(files(web).every((path) => path.endsWith('.js')));
});

test('the folder is named by its content, and both loaders ask for that folder', () => {
  const folder = readdirSync(web).find((name) => /^[0-9a-f]{12}$/.test(name));
  const hash = createHash('sha256');
  const inside = files(join(web, folder)).map((path) => relative(join(web, folder), path).split('\\').join('/')).sort();
  for (const name of inside) hash.update(`${name}\0${readFileSync(join(web, folder, name), 'utf8')}\0`);
  assert.equal(hash.digest('hex').slice(0, 12), folder, 'a chunk changed without the folder name changing');
  for (const loader of ['cookie-consent.js', 'cookie-consent-lite.js']) {
    assert.ok(readFileSync(join(web, loader), 'utf8').includes(`"${folder}/"`), `${loader} does not name ${folder}/`);
  }
});
