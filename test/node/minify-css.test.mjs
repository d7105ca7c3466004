// The build's CSS minifier for Lit templates: only rewrites that keep the meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

test('comments go, whitespace shrinks, and what CSS needs stays', () => {
  const css = `
    /* the bar */
    :host([layout='bar']) .panel > .actions ,
    .a   .b {
      width: calc(100% - 2 * var(--gap, 8px));
      margin: 0 auto ;
    }
    @media (max-width: 600px) and (prefers-reduced-motion: reduce) { .x { animation: none } }
  `;
  assert.equal(
    minifyCss(css),
    ":host([layout='bar']) .panel>.actions,.a .b{width: calc(100% - 2 * var(--gap,8px));margin: 0 auto}" +
      '@media (max-width: 600px) and (prefers-reduced-motion: reduce){.x{animation: none}}',
  );
});

test('only css`…` templates in src/ui are touched; one that interpolates a name keeps it, other ${…} leave it as written', () => {
  const { transform } = minifyCssLiterals();
  const source =
    'const a = css `\n  .x {  color: red; }\n`;\nconst b = html`<p>  keep  </p>`;\nconst c = css`.y { ${shared} --z: 1; }`;\nconst d = css`.w { ${pick(1)} }`;';
  const out = transform(source, '/repo/src/ui/thing.styles.ts').code;
  assert.equal(out, 'const a = css`.x{color: red}`;\nconst b = html`<p>  keep  </p>`;\nconst c = css`.y{${shared}--z: 1}`;\nconst d = css`.w { ${pick(1)} }`;');
  assert.equal(transform(source, '/repo/src/core/thing.ts'), null);
});
