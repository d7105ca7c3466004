// Serves the demo site on http://localhost:8000 (PORT to change it): demo/ at
// the root, the widget's web folder (dist/web/) at /cookie-consent/ as the
// README's Deploy section says, and the auditor's page script (dist/audit/) at
// /audit/. Every HTML response carries a strict
// Content-Security-Policy with a fresh nonce, so the demo proves the widget
// needs neither 'unsafe-inline' nor 'unsafe-eval'.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './content-types.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';


function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** URL prefixes served from the build, the rest from demo/. */
const MOUNTS = [
  ['/cookie-consent/', 'dist/web'],
  ['/audit/', 'dist/audit'],
];

/** Maps a URL path to a file under demo/ or a mounted build folder, refusing anything outside them. */
function fileFor(pathname) {
  const decoded = decodeURIComponent(pathname);
  const [prefix, folder] = MOUNTS.find(([mount]) => decoded.startsWith(mount)) ?? ['/', 'demo'];
  const [base, rest] = [folder, decoded.slice(prefix.length)];
  const dir = join(root, base);
  const file = normalize(join(dir, rest || 'index.html'));
  return file.startsWith(dir) ? file : null;
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(url.pathname);
    if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // As the README's Deploy section says: the content-hashed chunk folder never changes; the rest is revalidated.
    const immutable = /^\/cookie-consent\/[0-9a-f]{12}\//.test(url.pathname);
    const headers = {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (type.startsWith('text/html')) {
      const nonce = randomBytes(16).toString('base64');
      headers['content-security-policy'] = contentSecurityPolicy(nonce);
      response.writeHead(200, headers).end(body.toString('utf8').replaceAll('{{CSP_NONCE}}', nonce));
      return;
    }
    response.writeHead(200, headers).end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
  }
});

server.listen(port, host, () => {
  console.log(`Demo: http://localhost:${port}/  (article page; /privacy.html for the policy page). Ctrl+C stops it.`);
});
