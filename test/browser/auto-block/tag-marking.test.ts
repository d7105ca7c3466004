import { expect } from '@open-wc/testing';
import { convert, isConverted, isConvertible, restore, setCategories } from '../../../src/browser/auto-block/tag-marking.js';

/** A detached tag from markup: nothing here is connected, so nothing fetches. */
function tag(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild!;
}
const attributes = (element: Element): Record<string, string> => Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));

describe('tag-marking', () => {
  it('convert gives a script the gate’s marked form, keeping its type and other attributes', () => {
    const script = tag('<script type="module" src="https://t.example/a.js" nonce="n1" async></script>');
    convert(script, 'https://t.example/a.js', ['analytics']);
    expect(attributes(script)).to.deep.equal({
      type: 'text/plain',
      'data-type': 'module',
      'data-src': 'https://t.example/a.js',
      'data-category': 'analytics',
      'data-cookie-consent-auto-blocked': 'analytics',
      nonce: 'n1',
      async: '',
    });
    expect(isConverted(script)).to.equal(true);
  });

  it('convert keeps the site owner’s categories on an iframe and adds ours', () => {
    const frame = tag('<iframe src="https://v.example/e" data-category="functional" title="video"></iframe>');
    convert(frame, 'https://v.example/e', ['marketing']);
    expect(attributes(frame)).to.deep.equal({
      'data-category': 'functional marketing',
      'data-cookie-consent-auto-blocked': 'marketing',
      'data-src': 'https://v.example/e',
      title: 'video',
    });
  });

  it('restore gives back exactly the tag as it was', () => {
    for (const markup of [
      '<script src="https://t.example/a.js"></script>',
      '<script type="module" src="https://t.example/a.js"></script>',
      '<iframe src="https://v.example/e" data-category="functional" title="video"></iframe>',
    ]) {
      const element = tag(markup);
      const before = attributes(element);
      const url = element.getAttribute('src')!;
      convert(element, url, ['analytics']);
      restore(element);
      element.setAttribute('src', url);
      expect(attributes(element), markup).to.deep.equal(before);
      expect(isConverted(element)).to.equal(false);
    }
  });

  it('setCategories replaces the categories an earlier conversion added', () => {
    const script = tag('<script data-category="functional" src="https://t.example/a.js"></script>');
    convert(script, 'https://t.example/a.js', ['analytics']);
    setCategories(script, ['marketing']);
    expect(script.getAttribute('data-category')).to.equal('functional marketing');
    expect(script.getAttribute('data-cookie-consent-auto-blocked')).to.equal('marketing');
  });

  it('isConvertible: scripts the browser would run, iframes the site did not mark, never what the gate activated', () => {
    expect(isConvertible(tag('<script src="a.js"></script>'))).to.equal(true);
    expect(isConvertible(tag('<script type="text/javascript; charset=utf-8" src="a.js"></script>'))).to.equal(true);
    expect(isConvertible(tag('<script type="application/json"></script>'))).to.equal(false);
    expect(isConvertible(tag('<iframe src="e"></iframe>'))).to.equal(true);
    expect(isConvertible(tag('<iframe data-category="marketing" data-src="e"></iframe>'))).to.equal(false);
    expect(isConvertible(tag('<script data-cookie-consent-activated src="a.js"></script>'))).to.equal(false);
  });

  it('isConverted is false once the gate took the tag over: a live script, or one it marked activated', () => {
    const script = tag('<script src="https://t.example/a.js"></script>');
    convert(script, 'https://t.example/a.js', ['analytics']);
    script.setAttribute('type', 'module');
    expect(isConverted(script)).to.equal(false);
    const frame = tag('<iframe src="https://v.example/e"></iframe>');
    convert(frame, 'https://v.example/e', ['marketing']);
    frame.setAttribute('data-cookie-consent-activated', '');
    expect(isConverted(frame)).to.equal(false);
  });
});
