/**
 * How long `cookie-consent scan` takes on a 10-page site, all four phases:
 * the demo article served under ten URLs that link to each other, on
 * 127.0.0.1, scanned with the built CLI. Prints the scan's own summary, the
 * wall time and the machine's load, since other work skews the figure.
 *
 *   npm run build && node bench/scan-speed.mjs [--pages 10]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_TYPES } from '../scripts/content-types.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10' } } });
const pages = Number(values.pages);
const root = fileURLToPath(new URL('..', import.meta.url));
const article = await readFile(join(root, 'demo/index.html'), 'utf8');

/** The article with links to every other copy, so that the crawl finds them all. */
function articlePage(nonce) {
  const links = Array.from({ length: pages }, (_, i) => `<li><a href="/article/${i + 1}.html">Article ${i + 1}</a></li>`).join('');
  return article.replaceAll('{{CSP_NONCE}}', nonce).replace('</main>', `<ul class="bench-links">${links}</ul></main>`);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/' || /^\/article\/\d+\.html$/.test(url.pathname)) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(articlePage(randomBytes(16).toString('base64')));
    return;
  }
  // The widget's web folder where the demo expects it (as scripts/serve-demo.mjs mounts it).
  const [base, rest] = url.pathname.startsWith('/cookie-consent/') ? ['dist/web', url.pathname.slice('/cookie-consent/'.length)] : ['demo', url.pathname.slice(1)];
  const dir = join(root, base);
  const file = normalize(join(dir, rest));
  const body = file.startsWith(dir) ? await readFile(file).catch(() => null) : null;
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const loadBefore = loadavg()[0];
const started = Date.now();
const child = spawn(process.execPath, [join(root, 'dist/node/cli.js'), 'scan', `${origin}/article/1.html`, '--pages', String(pages)], { stdio: ['ignore', 'inherit', 'ignore'] });
const code = await new Promise((resolve) => child.on('close', resolve));
const seconds = (Date.now() - started) / 1000;
server.close();
console.log(`\n${pages} pages × 4 phases: ${seconds.toFixed(1)} s wall time, exit ${code}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores`);
