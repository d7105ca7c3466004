// The benchmark's verdicts: issue 15's targets and the banner-flash check, from
// made-up runs (the figures themselves come from `npm run bench`, never from a test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageBuilders } from '../../bench/page.mjs';
import { summarizeRuns } from '../../bench/report.mjs';
import { evaluateTargets } from '../../bench/targets.mjs';

const WIDGETS = [
  { id: 'ours', name: 'ours', version: '1', banner: ['cookie-consent'] },
  { id: 'ours-lite', name: 'ours lite', version: '1', banner: ['cookie-consent'] },
  { id: 'vanilla', name: 'vanilla', version: '1', banner: ['#cc-main'] },
  { id: 'orejime', name: 'orejime', version: '1', banner: ['.orejime-Banner'] },
  { id: 'baseline', name: 'no widget', version: '', banner: null },
];

const bytes = { raw: 1000, gzip: 400, files: [] };
const visit = (ms) => ({ ms, element: 'p', widget: false });

/** One run as measure.mjs returns it, with the figures the verdicts read. */
function run(widget, figures = {}) {
  const baseline = widget === 'baseline';
  return {
    widget,
    blockedBeforeConsent: !baseline,
    fetchedBeforeConsent: false,
    domContentLoadedMs: 200,
    bannerVisibleMs: baseline ? null : (figures.banner ?? 300),
    bannerShows: baseline ? 0 : (figures.bannerShows ?? 1),
    bannerMoves: figures.bannerMoves ?? [],
    totalBlockingTimeMs: figures.tbt ?? 0,
    longestWidgetFrameMs: 0,
    widgetScriptInLongFramesMs: 0,
    longestWidgetFrameAfterClickMs: baseline ? null : 0,
    cumulativeLayoutShift: (figures.cls ?? 0) + (figures.pageOwnCls ?? 0),
    layoutShiftBeyondPage: figures.cls ?? 0,
    layoutShifts: [],
    largestContentfulPaint: visit(250),
    jsHeapUsedBytes: 2 ** 20,
    clickToAnalyticsMs: baseline ? null : (figures.accept ?? 40),
    bytes,
    returning: {
      domContentLoadedMs: 200,
      analyticsMs: figures.returning ?? 150,
      bannerFlash: figures.shownOnReturn ?? false,
      bannerFlashMs: figures.shownOnReturn ? 80 : 0,
      totalBlockingTimeMs: 0,
      widgetScriptInLongFramesMs: 0,
      cumulativeLayoutShift: figures.returnCls ?? 0,
      layoutShiftBeyondPage: figures.returnCls ?? 0,
      layoutShifts: [],
      largestContentfulPaint: visit(200),
      bytes,
    },
  };
}

const peersAndBaseline = [
  run('vanilla', { banner: 400, accept: 30, tbt: 20, returning: 200 }),
  run('orejime', { banner: 320, accept: 12, tbt: 50, returning: 160 }),
  run('baseline', { returning: 140, cls: 0.001 }),
];

const verdicts = (runs) =>
  Object.fromEntries(evaluateTargets(summarizeRuns(WIDGETS, runs)).map((target) => [`${target.widget}: ${target.target}`, target.met]));

test('each target is met within its bound and not met beyond it', () => {
  const met = verdicts([
    run('ours', { returning: 170, banner: 320, accept: 12, tbt: 20, cls: 0.001 }),
    run('ours-lite', { returning: 171, banner: 321, accept: 13, tbt: 21, cls: 0.002 }),
    ...peersAndBaseline,
  ]);
  assert.deepEqual(met, {
    'ours: return: analytics ≤ no widget + 30 ms': true,
    'ours-lite: return: analytics ≤ no widget + 30 ms': false,
    'ours: banner visible ≤ earliest peer': true,
    'ours-lite: banner visible ≤ earliest peer': false,
    'ours: accept→analytics ≤ fastest peer': true,
    'ours-lite: accept→analytics ≤ fastest peer': false,
    'ours: TBT ≤ lowest peer': true,
    'ours-lite: TBT ≤ lowest peer': false,
    // The page's own shift (the no-widget row) is allowed; more than that is the widget's.
    'ours: CLS 0 beyond the page’s own (largest run)': true,
    'ours-lite: CLS 0 beyond the page’s own (largest run)': false,
    'ours: no banner flash': true,
    'ours-lite: no banner flash': false,
  });
});

test('a banner flash is a banner shown on return, one that flickered or moved, or a page that shifted more', () => {
  const runs = [
    run('ours', { shownOnReturn: true }),
    run('ours', { bannerShows: 2 }),
    run('ours', { bannerMoves: [{ at: 500, from: [800, 0, 412, 60], to: [740, 0, 412, 120] }] }),
    run('ours', { returnCls: 0.05 }),
    run('ours'),
    // The page's own elements shifting (the demo's date in its top bar) is not the widget's doing.
    run('ours', { pageOwnCls: 0.009 }),
    run('baseline'),
  ];
  const [ours] = summarizeRuns(WIDGETS, runs);
  assert.equal(ours.bannerFlashRuns, 4);
  assert.deepEqual(ours.bannerFlashReasons, { 'shown on return': 1, flickered: 1, 'banner moved': 1, 'page shifted': 1 });
});

test('without the baseline or a peer, a target says it cannot be judged instead of passing', () => {
  const targets = evaluateTargets(summarizeRuns([WIDGETS[0]], [run('ours')]));
  const judged = targets.filter((target) => target.met !== null).map((target) => target.target);
  assert.deepEqual(judged, ['no banner flash']);
  assert.ok(targets.filter((target) => target.met === null).every((target) => target.note));
});

test('both pages carry one widget and one analytics tag, in place of the markers', () => {
  const builders = pageBuilders(new URL('../../', import.meta.url));
  for (const [page, build] of Object.entries(builders)) {
    const html = build({ head: '<script src="/widget/x.js"></script>', analyticsTag: '<script src="/bench/analytics.js"></script>' });
    assert.equal(html.split('/widget/x.js').length, 2, page);
    assert.equal(html.split('/bench/analytics.js').length, 2, page);
    assert.ok(!html.includes('<!--widget-head-->') && !html.includes('<!--analytics-tag-->'), page);
  }
});
