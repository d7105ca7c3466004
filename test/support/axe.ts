/** axe-core, loaded into a test page on first use, for WCAG 2.x A and AA (2.2 included). */
import type { SitePage } from './site-page.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core inside the page on `target` (shadow roots included); each violation as one readable line. */
export async function axeViolations(page: SitePage, target: Element): Promise<string[]> {
  const win = page.win as unknown as { axe?: { run: (context: Element, options: unknown) => Promise<AxeResult> } };
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = page.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      page.doc.head.append(script);
    });
  }
  const result = await win.axe!.run(target, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
