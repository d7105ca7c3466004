import { expect } from '@open-wc/testing';
import { rewriteStartTags, startTagEnd } from '../../src/core/markup-tags.js';

/** Rewrites every script and iframe start tag to `[name]`, recording what it was given. */
function tagsIn(markup: string): { out: string; seen: string[] } {
  const seen: string[] = [];
  const out = rewriteStartTags(markup, (tag, name) => {
    seen.push(tag);
    return `[${name}]`;
  });
  return { out, seen };
}

describe('startTagEnd', () => {
  it('finds the > that ends the tag, past > inside quoted values', () => {
    const tag = '<script src="a>b" data-x=\'c>d\'>';
    expect(startTagEnd(tag, '<script'.length)).to.equal(tag.length - 1);
    expect(startTagEnd('<iframe src = "x">', 7)).to.equal(17);
  });

  it('reads an unquoted value up to the >', () => {
    expect(startTagEnd('<script src=a.js>', 7)).to.equal(16);
    expect(startTagEnd('<script async>', 7)).to.equal(13);
  });

  it('gives -1 for a tag cut short, also inside an open quote', () => {
    expect(startTagEnd('<script src="a.js', 7)).to.equal(-1);
    expect(startTagEnd('<script src=a.js', 7)).to.equal(-1);
    expect(startTagEnd("<iframe title='x>", 7)).to.equal(-1);
  });
});

describe('rewriteStartTags', () => {
  it('hands every script and iframe start tag to the callback and puts its answer in place', () => {
    const { out, seen } = tagsIn('<p>hi</p><SCRIPT src="a.js"></SCRIPT><iframe src="b"></iframe><img src="c">');
    expect(seen).to.deep.equal(['<SCRIPT src="a.js">', '<iframe src="b">']);
    expect(out).to.equal('<p>hi</p>[script]</SCRIPT>[iframe]</iframe><img src="c">');
  });

  it('keeps a tag when the callback gives null, and gives the same string back when nothing changed', () => {
    const markup = '<script src="a.js"></script>';
    expect(rewriteStartTags(markup, () => null)).to.equal(markup);
    expect(rewriteStartTags('<p>no tags of interest</p>', () => 'x')).to.equal('<p>no tags of interest</p>');
  });

  it('skips comments and the text of raw-text elements, as the HTML tokenizer does', () => {
    const { seen } = tagsIn(
      '<!-- <script src="commented.js"> --><textarea><script src="text.js"></textarea>' +
        '<script>document.write("<iframe src=inside>")</script><style>x{}</style><script src="real.js">',
    );
    expect(seen).to.deep.equal(['<script>', '<script src="real.js">']);
  });

  it('finds the raw-text end tag whatever its case, and not a longer name', () => {
    const { seen } = tagsIn('<title>a</titles><script src="no.js"></TITLE><script src="yes.js">');
    expect(seen).to.deep.equal(['<script src="yes.js">']);
  });

  it('stops at what it cannot read whole: a cut tag, an open comment, an unclosed raw-text element, <plaintext>', () => {
    expect(tagsIn('<script src="a.js"><script src="b').seen).to.deep.equal(['<script src="a.js">']);
    expect(tagsIn('<!-- open <script src="a.js">').seen).to.deep.equal([]);
    expect(tagsIn('<noscript><script src="a.js">').seen).to.deep.equal([]);
    expect(tagsIn('<plaintext><script src="a.js">').seen).to.deep.equal([]);
  });

  it('is not fooled by > inside a quoted attribute of another tag, nor by a lone <', () => {
    const { seen } = tagsIn('<a title="<script src=x.js>">1 < 2</a><iframe src="y">');
    expect(seen).to.deep.equal(['<iframe src="y">']);
  });
});
