// The first layer on a phone and on a laptop, measured in the browser (issue 17): the share of the
// screen it covers, in English, with everything COMPLIANCE.md section A asks of the first layer
// still on it: the owner, each purpose, Accept all and Reject all side by side and equal, Customise.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { buttonNamed, openPage, resetSite, waitForBanner, type SitePage } from '../support/site-page.js';

/** A news site's config: owner, policy, three optional purposes with their built-in English texts. */
const CONFIG = {
  owner: 'Harbour Ledger Media Ltd.',
  policyUrl: '/privacy',
  revision: 1,
  categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: { gpc: true } },
};

async function bannerAt(width: number, height: number): Promise<{ page: SitePage; banner: HTMLElement }> {
  const page = await openPage({ config: CONFIG });
  page.frame.style.width = `${width}px`;
  page.frame.style.height = `${height}px`;
  const banner = await waitForBanner(page);
  await waitUntil(() => page.win.innerWidth === width && page.win.innerHeight === height, 'the frame did not take the size');
  // The banner rises in (180 ms); measure where it comes to rest.
  await Promise.all(banner.getAnimations().map((animation) => animation.finished));
  return { page, banner };
}

const rect = (element: Element): DOMRect => element.getBoundingClientRect();

for (const [width, height, limit] of [
  [390, 844, 0.35],
  [1280, 800, 0.25],
  // No target at 320 px; it must still fit with every action on screen (COMPLIANCE.md A.12, H.42).
  [320, 640, 0.6],
] as const) {
  describe(`the first layer at ${width}×${height}`, () => {
    beforeEach(resetSite);
    after(resetSite);

    it(`covers at most ${limit * 100} % of the screen and keeps what the law asks on it`, async () => {
      const { page, banner } = await bannerAt(width, height);
      const share = rect(banner).height / height;
      console.log(`banner at ${width}×${height}: ${Math.round(rect(banner).height)} px, ${(share * 100).toFixed(1)} %`);
      expect(share, `${Math.round(rect(banner).height)} px of ${height}`).to.be.at.most(limit);

      const text = banner.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Harbour Ledger Media Ltd.');
      for (const purpose of ['Functional', 'Analytics', 'Marketing']) expect(text).to.contain(purpose);
      expect(banner.querySelector('a[href="/privacy"]')).to.exist;

      const accept = rect(buttonNamed(banner, 'Accept all'));
      const reject = rect(buttonNamed(banner, 'Reject all'));
      const customise = rect(buttonNamed(banner, 'Customise'));
      expect(reject.top, 'Reject all beside Accept all').to.equal(accept.top);
      expect([reject.width, reject.height]).to.deep.equal([accept.width, accept.height]);
      expect([customise.width, customise.height], 'Customise the same size').to.deep.equal([accept.width, accept.height]);
      // Everything on the first layer is on screen, without scrolling the banner or the page sideways.
      for (const button of [accept, reject, customise]) {
        expect(button.bottom).to.be.at.most(height);
        expect(button.right).to.be.at.most(width);
        expect(Math.min(button.width, button.height)).to.be.at.least(24);
      }
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(width);
      expect(banner.scrollHeight).to.be.at.most(banner.clientHeight);
    });
  });
}
