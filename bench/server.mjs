/**
 * The benchmark's web server: one page per page and widget at
 * `/<page>/<widget>/` (e.g. `/light/ours/`), that widget's files at
 * `/widget/<id>/`, the stand-in analytics tag at `/bench/analytics.js` and the
 * demo's CSS, icon and site script at the root. It answers on any host name,
 * so that each visit can have an origin of its own (see measure.mjs).
 *
 * Unlike scripts/serve-demo.mjs it sends no Content-Security-Policy: the other
 * tools are configured with inline scripts and inject inline styles, and one
 * policy that suits them all would measure nothing useful. Responses are not
 * compressed (the benchmark gzips bodies itself, at level 9, for everyone).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from '../scripts/content-types.mjs';
import { ANALYTICS_PATH } from './widgets.mjs';
import { PAGE_IDS, pageBuilders } from './page.mjs';

const root = new URL('..', import.meta.url);


/** A file under `dir` for a URL path below it, or null when it would escape `dir`. */
function fileIn(dir, rest) {
  const base = fileURLToPath(dir);
  const file = normalize(`${base}${sep}${decodeURIComponent(rest)}`);
  return file.startsWith(base) ? file : null;
}

/**
 * @param {Array<{ id: string, dir: URL | null, head: string, analyticsTag: string }>} widgets
 * @returns {Promise<{ origin: string, originFor: (label: string) => string, close: () => Promise<void> }>}
 */
export async function startServer(widgets) {
  const builders = pageBuilders(root);
  // Built once: the page must not change between runs.
  const pages = new Map(PAGE_IDS.flatMap((page) => widgets.map((widget) => [`/${page}/${widget.id}/`, builders[page](widget)])));
  const dirs = new Map(widgets.filter((widget) => widget.dir).map((widget) => [widget.id, widget.dir]));

  /** @param {string} pathname */
  function resolve(pathname) {
    if (pathname === ANALYTICS_PATH) return fileURLToPath(new URL('bench/fixtures/analytics.js', root));
    const widgetFile = /^\/widget\/([a-z-]+)\/(.+)$/.exec(pathname);
    if (widgetFile) return dirs.has(widgetFile[1]) ? fileIn(dirs.get(widgetFile[1]), widgetFile[2]) : null;
    return fileIn(new URL('demo/', root), pathname.slice(1));
  }

  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (pages.has(pathname)) {
        response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end(pages.get(pathname));
        return;
      }
      const file = resolve(pathname);
      const body = file && (await stat(file).catch(() => null))?.isFile() ? await readFile(file) : null;
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    // A fresh origin per label: a first visit with nothing stored, in a profile
    // that keeps everything. Chromium resolves every *.localhost name to the
    // loopback address itself and counts it as a secure context; each name
    // has cookies and storage of its own, and tools that set a cookie Domain
    // from the host name get one that works.
    originFor: (label) => `http://${label}.localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
