// The custom-elements manifest (dist/custom-elements.json, package.json "customElements"), read from
// the elements' JSDoc (@tagname, @attr, @csspart, @cssproperty, @slot) by @custom-elements-manifest/analyzer:
// what IDEs, Storybook and framework wrappers read to know our tags.

/**
 * Leaves out what the elements' JSDoc marks `@internal` (the state Lit keeps, what the widget sets on
 * them) and the private `#` members: the analyzer's Lit support would list `static properties`
 * entries such as `{ state: true }` as attributes, which no page can use.
 */
function dropInternals() {
  const internal = new Set();
  return {
    name: 'drop-internals',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal')) return;
      internal.add(`${node.parent.name?.text}.${node.name.getText()}`);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const hidden = (name) => name?.startsWith('#') || internal.has(`${declaration.name}.${name}`);
        if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden(member.name) && member.privacy !== 'private');
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden(attribute.fieldName ?? attribute.name));
      }
    },
  };
}

export default {
  globs: ['src/ui/cookie-consent.ts', 'src/ui/cookie-consent-link.ts', 'src/ui/cookie-consent-placeholder.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the file itself; the analyzer would write an absolute path there.
  packagejson: false,
  plugins: [dropInternals()],
};
