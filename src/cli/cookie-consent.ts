/**
 * `cookie-consent-element` (alias `cookie-consent`): the auditor's command line.
 *
 *   npx cookie-consent-element verify log.json
 *
 * Exit codes: 0 verified, 1 not verified (each problem on its own line),
 * 2 the command could not run (usage, unreadable file).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseExportText, verifyExport } from '../core/verify-export.js';
import { describeError } from '../core/problems.js';

const USAGE = `Usage: cookie-consent-element verify <export.json>
       (also installed as cookie-consent)

Checks a consent log exported with CookieConsent.exportLog('json'): the file
format, every entry, the hash chain, and the archived texts.
Exit code 0: verified. 1: not verified. 2: could not run.`;

/** Larger than any real export; guards the verifier against being handed something else entirely. */
const MAX_BYTES = 512 * 1024 * 1024;

async function verifyFile(path: string): Promise<number> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_BYTES) {
      console.error(`${path}: ${info.size} bytes is larger than any consent-log export (limit ${MAX_BYTES}); not checked`);
      return 2;
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    console.error(`${path}: cannot read it (${describeError(error)})`);
    return 2;
  }
  const parsed = parseExportText(text);
  const result = 'error' in parsed
    ? { ok: false, entries: 0, texts: 0, problems: [{ seq: null, problem: parsed.error }], notes: [] }
    : await verifyExport(parsed.value);
  if (result.ok) {
    console.log(`${path}: verified: ${result.entries} entries, ${result.texts} archived texts, hash chain intact`);
  } else {
    console.log(`${path}: NOT verified: ${result.problems.length} problem(s) in ${result.entries} entries`);
    for (const { seq, problem } of result.problems) console.log(`  ${seq === null ? 'file' : `seq ${seq}`}: ${problem}`);
  }
  for (const note of result.notes) console.log(`  note: ${note}`);
  return result.ok ? 0 : 1;
}

async function main(args: string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'verify' || !file || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  return verifyFile(file);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`cookie-consent: ${describeError(error)}`);
    process.exitCode = 2;
  },
);
