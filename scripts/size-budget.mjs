// Rollup plugin: prints each served file's gzip -9 size and fails the build
// when a budget is exceeded. Budgets count what a page downloads from dist/.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * @param {{ label: string, budgets: { name: string, files: string[], limit: number }[] }} options
 */
export function sizeBudget({ label, budgets }) {
  return {
    name: 'size-budget',
    writeBundle(outputOptions, bundle) {
      const dir = outputOptions.dir ?? '.';
      const sizes = new Map();
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js') && !fileName.endsWith('.css')) continue;
        const raw = readFileSync(join(dir, fileName));
        sizes.set(fileName, { raw: raw.length, gzip: gzipSize(raw) });
      }
      for (const [fileName, size] of sizes) {
        console.log(`  ${label}: ${fileName.padEnd(28)} ${String(size.raw).padStart(7)} B raw ${String(size.gzip).padStart(6)} B gzip -9`);
      }
      const failures = [];
      for (const budget of budgets) {
        const total = budget.files.reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
        const verdict = total <= budget.limit ? 'ok' : 'OVER BUDGET';
        console.log(`  budget ${budget.name}: ${total} B of ${budget.limit} B gzip -9 (${verdict})`);
        if (total > budget.limit) failures.push(`${budget.name}: ${total} B > ${budget.limit} B`);
      }
      if (failures.length > 0) this.error(`size budget exceeded: ${failures.join('; ')}`);
    },
  };
}
