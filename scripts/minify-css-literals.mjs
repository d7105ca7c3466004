// Rollup plugin: minifies the CSS inside Lit's css`…` templates in src/ui/.
// Terser leaves template text alone, and the widget's stylesheet is most of
// what the banner costs after Lit itself. Only safe rewrites: comments go,
// whitespace runs become one space, and spaces next to { } ; , > disappear
// (never around + or -, which calc() needs). A template may interpolate another css`…` by name
// (`${darkColours}`), which passes through as written; any other ${…} leaves the template as written.
// TypeScript's output writes the tag as `css \``, hence the optional space.
const CSS_TEMPLATE = /\bcss\s*`((?:[^`$\\]|\$\{[A-Za-z_$][\w$]*\})*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/]ui[\\/].*\.ts$/.test(id) || !CSS_TEMPLATE.test(code)) return null;
      CSS_TEMPLATE.lastIndex = 0;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
