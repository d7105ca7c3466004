/**
 * `cookie-consent-collector`: the site owner's own copy of every consent
 * decision, with signed receipts.
 *
 *   npx cookie-consent-collector serve --db ./consent.db --origin https://news.example
 *   npx cookie-consent-collector export --db ./consent.db --format csv > log.csv
 *
 * Exit codes: 0 done, 1 failed while running, 2 could not start (usage, options).
 * Imported rather than run, it only exports `startCollector` (for tests).
 */
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openStorage } from './database.js';
import { csvExportChunks, jsonExportChunks } from './export-stream.js';
import { exportOptions, OptionsError, parseCommand, serveOptions, USAGE } from './options.js';
import { startCollector } from './start.js';
import { describeError } from '../core/problems.js';

export { startCollector, type RunningCollector } from './start.js';
export { purgeExpired } from './retention.js';
export { openStorage } from './database.js';
export { truncateIp } from './client-address.js';

async function serve(values: ReturnType<typeof parseCommand>['values']): Promise<number> {
  const collector = await startCollector(serveOptions(values));
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await collector.close();
  return 0;
}

async function exportLog(values: ReturnType<typeof parseCommand>['values']): Promise<number> {
  const options = exportOptions(values);
  const storage = await openStorage(options.db, { mustExist: true });
  try {
    const query = { from: options.from, to: options.to, consentId: options.consentId };
    const chunks = options.format === 'csv' ? csvExportChunks(storage, query) : jsonExportChunks(storage, query, options.site ?? 'cookie-consent-collector');
    await pipeline(Readable.from(chunks), process.stdout);
  } finally {
    await storage.close();
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommand(argv, process.env);
    if (parsed.command === 'help') {
      console.log(USAGE);
      return 0;
    }
    if (parsed.command === 'serve') serveOptions(parsed.values);
    else exportOptions(parsed.values);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    for (const problem of error.problems) console.error(`cookie-consent-collector: ${problem}`);
    console.error('Run with --help for the options.');
    return 2;
  }
  return parsed.command === 'serve' ? serve(parsed.values) : exportLog(parsed.values);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // npx runs the bin through a symlink: compare real paths.
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`cookie-consent-collector: ${describeError(error)}`);
      process.exitCode = 1;
    },
  );
}
