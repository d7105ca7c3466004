// The auditor's page as one self-contained HTML file (dist/audit/cookie-consent-audit.html): the audit
// script and the styles inlined, a Content-Security-Policy that allows exactly those two by hash and no
// request at all, so it opens from disk with a double click and never reaches the network.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const hashOf = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Rollup plugin for the audit page's build: emits `cookie-consent-audit.html` beside its script. */
export function auditPageHtml() {
  return {
    name: 'audit-page-html',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      // Inside <script> and <style>, only a closing tag could end them early.
      const script = entry.code.replaceAll('</script', '<\\/script');
      const style = `${read('src/audit/standalone.css')}\n${read('demo/audit.css')}`.replaceAll('</style', '<\\/style');
      const html = read('src/audit/standalone.html')
        .replace('{{SCRIPT_HASH}}', hashOf(script))
        .replace('{{STYLE_HASH}}', hashOf(style))
        .replace('{{STYLE}}', () => style)
        .replace('{{SCRIPT}}', () => script);
      this.emitFile({ type: 'asset', fileName: 'cookie-consent-audit.html', source: html });
    },
  };
}
