// Runs both test suites and ends with one line "N passed, N failed" over all:
// Node tests (the command-line tools) and browser tests (everything else, in
// Chromium and Firefox ESR). Exits non-zero if anything failed or nothing ran.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const count = (output, label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);

// Named file by file: Node 22 and later read a directory argument as one file to run.
const nodeTests = readdirSync('test/node').filter((name) => name.endsWith('.test.mjs')).map((name) => join('test/node', name));
const node = await run(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests]);
const nodeTotals = { passed: count(node.output, 'pass'), failed: count(node.output, 'fail') + count(node.output, 'cancelled') };
if (node.code !== 0 && nodeTotals.failed === 0) nodeTotals.failed = 1;

const summaryFile = join(mkdtempSync(join(tmpdir(), 'cc-tests-')), 'summary.json');
const browser = await run('npx', ['wtr'], { TEST_SUMMARY_FILE: summaryFile });
const browserTotals = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };
if (browser.code !== 0 && browserTotals.failed === 0) browserTotals.failed = 1;

const passed = nodeTotals.passed + browserTotals.passed;
const failed = nodeTotals.failed + browserTotals.failed;
console.log(`\nnode tests: ${nodeTotals.passed} passed, ${nodeTotals.failed} failed`);
console.log(`browser tests: ${browserTotals.passed} passed, ${browserTotals.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
