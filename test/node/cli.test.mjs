// The auditor's command line, run as an auditor would: `node dist/node/cli.js verify file.json`.
// The fixture (support/export-fixture.mjs) is built with Node's own crypto and a canonical JSON written
// from the README's description alone, so this also proves the format can be reproduced independently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFile } from './support/export-fixture.mjs';

const cli = fileURLToPath(new URL('../../dist/node/cli.js', import.meta.url));

async function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

async function fileWith(content) {
  const dir = await mkdtemp(join(tmpdir(), 'cc-cli-'));
  const path = join(dir, 'log.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

test('a good export verifies: exit 0 and a one-line verdict', async () => {
  const result = await run('verify', await fileWith(exportFile(3)));
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /verified: 3 entries, 1 archived texts, hash chain intact/);
});

test('an edited entry: exit 1, and the entry is named', async () => {
  const file = exportFile(3);
  file.entries[1].categories.analytics = true;
  const result = await run('verify', await fileWith(file));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /NOT verified/);
  assert.match(result.stdout, /seq 1: its content does not match its hash/);
});

test('a removed entry: exit 1, naming where the gap is', async () => {
  const file = exportFile(4);
  file.entries.splice(2, 1);
  const result = await run('verify', await fileWith(file));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /seq 3: expected seq 2 here/);
});

test('a truncated file: exit 1 with a clear reason', async () => {
  const text = JSON.stringify(exportFile(2));
  const result = await run('verify', await fileWith(text.slice(0, text.length / 2)));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /not valid JSON/);
});

test('a CSV export: exit 1, saying it is the CSV export and that verification needs the JSON one', async () => {
  const csv = 'consentId,seq,at,action,source,revision,language,gpc,expiresAt,category:necessary,category:analytics,textHash,prevHash,hash\r\n' +
    'abc,0,2026-01-01T00:00:00.000Z,accept-all,banner,1,en,false,2026-07-01T00:00:00.000Z,true,true,x,y,z\r\n';
  const result = await run('verify', await fileWith(csv));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /this is the CSV export: verification needs the JSON export/);
  assert.doesNotMatch(result.stdout, /not valid JSON/);
});

test('an empty log is valid and says so', async () => {
  const result = await run('verify', await fileWith(exportFile(0)));
  assert.equal(result.code, 0);
  assert.match(result.stdout, /note: the log is empty/);
});

test('a missing file or wrong usage: exit 2', async () => {
  assert.equal((await run('verify', '/nonexistent/log.json')).code, 2);
  assert.equal((await run('check')).code, 2);
  assert.equal((await run()).code, 2);
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: cookie-consent-element verify/);
});
