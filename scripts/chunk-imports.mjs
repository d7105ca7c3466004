// A lazily imported chunk's own static imports are discovered only once the chunk has arrived and been
// parsed: one more round trip on the way to the banner. The chunk build records every chunk that the
// controller and the UI import (rollup puts shared code there); the loader build, which runs after it,
// gets that list as a virtual module, and the loader fetches those chunks together with the controller.

import { createHash } from 'node:crypto';

/** The entries the loader imports before it can show anything: the controller and the UI. */
const ENTRIES = ['cookie-consent-controller.js', 'cookie-consent-ui.js'];

export const CHUNK_IMPORTS_MODULE = 'virtual:cookie-consent-chunk-imports';

/** Filled by the chunk build, read by the loader builds of the same `rollup -c` run. */
let recorded = null;

/**
 * The lazy chunks go into one folder named by a hash of all their content, so a site can cache them for
 * a year: a changed chunk is a new folder, and the loader (whose URL stays the same) names the folder of
 * its own build. Chunks import each other by relative paths, which stay valid inside the folder.
 */
let folder = null;
export const LAZY_FOLDER = /^[0-9a-f]{12}$/;

/** Chunk build: records the static imports (transitively) of those entries, apart from the entries themselves. */
export function recordChunkImports() {
  return {
    name: 'record-chunk-imports',
    generateBundle(_options, bundle) {
      const closure = (file, seen = new Set()) => {
        for (const imported of bundle[file]?.imports ?? []) {
          if (!seen.has(imported)) closure(imported, seen.add(imported));
        }
        return [...seen].sort();
      };
      const all = new Set(ENTRIES.flatMap((file) => closure(file)));
      recorded = [...all].filter((file) => !ENTRIES.includes(file)).sort();
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) hash.update(`${name}\0${bundle[name].code ?? bundle[name].source}\0`);
      folder = hash.digest('hex').slice(0, 12);
      for (const file of Object.values(bundle)) file.fileName = `${folder}/${file.fileName}`;
    },
  };
}

/** Loader build: `import { SHARED_CHUNKS } from 'virtual:cookie-consent-chunk-imports'`. */
export function provideChunkImports() {
  return {
    name: 'provide-chunk-imports',
    resolveId: (source) => (source === CHUNK_IMPORTS_MODULE ? `\0${CHUNK_IMPORTS_MODULE}` : null),
    load(id) {
      if (id !== `\0${CHUNK_IMPORTS_MODULE}`) return null;
      if (!recorded) this.error('the lazy chunks must be built before the loader (see the order in rollup.config.mjs)');
      return `export const SHARED_CHUNKS = ${JSON.stringify(recorded)};\nexport const CHUNK_FOLDER = ${JSON.stringify(`${folder}/`)};`;
    },
  };
}
