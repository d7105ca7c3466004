/**
 * Turns the raw runs of one page into a summary per widget, and the
 * summaries into the plain-text tables printed at the end and the Markdown
 * for the README.
 */
import { median, summarize } from './stats.mjs';

/**
 * How much more layout shift than the page without a widget still counts as
 * none: shift scores are fractions of the viewport, and the same layout
 * gives the same score to within rounding.
 */
export const CLS_TOLERANCE = 0.0005;

/**
 * The measures, in table order: the ones the issue's targets are about in
 * the main table, the ones for finding causes in the details table. `get`
 * reads one run's value (null where the measure does not apply, e.g. clicks
 * on the baseline); `format` prints one summarized number.
 */
const MAIN = [
  { key: 'returningAnalyticsMs', label: 'return: analytics ms', get: (run) => run.returning.analyticsMs, format: ms },
  { key: 'bannerVisibleMs', label: 'banner visible ms', get: (run) => run.bannerVisibleMs, format: ms },
  { key: 'clickToAnalyticsMs', label: 'accept→analytics ms', get: (run) => run.clickToAnalyticsMs, format: ms },
  { key: 'totalBlockingTimeMs', label: 'TBT ms', get: (run) => run.totalBlockingTimeMs, format: ms },
  { key: 'cumulativeLayoutShift', label: 'CLS', get: (run) => run.cumulativeLayoutShift, format: shift },
  { key: 'returningCumulativeLayoutShift', label: 'return: CLS', get: (run) => run.returning.cumulativeLayoutShift, format: shift },
  { key: 'largestContentfulPaintMs', label: 'LCP ms', get: (run) => run.largestContentfulPaint.ms, format: ms },
  { key: 'returningLargestContentfulPaintMs', label: 'return: LCP ms', get: (run) => run.returning.largestContentfulPaint.ms, format: ms },
];

const DETAILS = [
  { key: 'domContentLoadedMs', label: 'DCL ms', get: (run) => run.domContentLoadedMs, format: ms },
  { key: 'longestWidgetFrameMs', label: 'widget LoAF ms', get: (run) => run.longestWidgetFrameMs, format: ms },
  { key: 'widgetScriptInLongFramesMs', label: 'widget script ms', get: (run) => run.widgetScriptInLongFramesMs, format: ms },
  { key: 'jsHeapUsedMb', label: 'JS heap MB', get: (run) => run.jsHeapUsedBytes / 2 ** 20, format: (value) => value.toFixed(2) },
  { key: 'longestWidgetFrameAfterClickMs', label: 'accept LoAF ms', get: (run) => run.longestWidgetFrameAfterClickMs, format: ms },
  { key: 'returningDomContentLoadedMs', label: 'return: DCL ms', get: (run) => run.returning.domContentLoadedMs, format: ms },
  { key: 'returningTotalBlockingTimeMs', label: 'return: TBT ms', get: (run) => run.returning.totalBlockingTimeMs, format: ms },
  { key: 'returningWidgetScriptInLongFramesMs', label: 'return: widget script ms', get: (run) => run.returning.widgetScriptInLongFramesMs, format: ms },
];

function ms(value) {
  return String(Math.round(value));
}

function shift(value) {
  return value.toFixed(3);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The largest value over runs, or null when there is none. */
const largest = (values) => (values.length === 0 ? null : Math.max(...values));

/**
 * Why a run counts as a banner flash, in words (none: an empty list): the
 * banner showed to the returning visitor, it disappeared and came back before
 * the click, the widget's own elements moved, or the page shifted more than
 * it does without a widget.
 * @param {Record<string, any>} run
 * @param {{ first: number, returning: number } | null} pageShift the no-widget page's largest CLS (its own elements' shifts left out), when measured
 */
function flashReasons(run, pageShift) {
  const reasons = [];
  if (run.returning.bannerFlash) reasons.push('shown on return');
  if (run.bannerShows > 1) reasons.push('flickered');
  if (run.bannerMoves.length > 0 || [...run.layoutShifts, ...run.returning.layoutShifts].some((shift) => shift.widgetMoved)) reasons.push('banner moved');
  if (
    pageShift &&
    (run.layoutShiftBeyondPage > pageShift.first + CLS_TOLERANCE || run.returning.layoutShiftBeyondPage > pageShift.returning + CLS_TOLERANCE)
  ) {
    reasons.push('page shifted');
  }
  return reasons;
}

/** The most common value of a list (the first seen on a tie). */
function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** What the largest contentful paint usually was: an element, or the widget's. */
function lcpElement(runs, returning) {
  return mostCommon(
    runs.map((run) => {
      const lcp = returning ? run.returning.largestContentfulPaint : run.largestContentfulPaint;
      if (lcp.ms === null) return 'none';
      return lcp.widget ? `widget (${lcp.element})` : (lcp.element ?? 'in a shadow root');
    }),
  );
}

/**
 * @param {Array<{ id: string, name: string, version: string, banner: string[] | null }>} widgets
 * @param {Array<Record<string, any>>} runs the runs of one page
 */
export function summarizeRuns(widgets, runs) {
  const baselineRuns = runs.filter((run) => run.widget === 'baseline');
  const pageShift =
    baselineRuns.length === 0
      ? null
      : {
          first: largest(baselineRuns.map((run) => run.layoutShiftBeyondPage)),
          returning: largest(baselineRuns.map((run) => run.returning.layoutShiftBeyondPage)),
        };
  return widgets.map((widget) => {
    const own = runs.filter((run) => run.widget === widget.id);
    const reasons = own.map((run) => flashReasons(run, pageShift));
    const summary = {
      widget: widget.id,
      name: widget.name,
      version: widget.version,
      runs: own.length,
      blockedBeforeConsentEveryRun: widget.banner ? own.every((run) => run.blockedBeforeConsent) : null,
      fetchedBeforeConsentRuns: widget.banner ? own.filter((run) => run.fetchedBeforeConsent).length : null,
      // Served bytes do not vary between runs unless a widget loads different files; the median says what is typical.
      firstVisitBytes: { raw: median(own.map((run) => run.bytes.raw)), gzip: median(own.map((run) => run.bytes.gzip)) },
      returningBytes: { raw: median(own.map((run) => run.returning.bytes.raw)), gzip: median(own.map((run) => run.returning.bytes.gzip)) },
      firstVisitFiles: own.at(-1)?.bytes.files ?? [],
      returningFiles: own.at(-1)?.returning.bytes.files ?? [],
      // Shifts of the page's own elements alone (page.mjs) left out: what the target judges.
      largestLayoutShift: largest(own.flatMap((run) => [run.layoutShiftBeyondPage, run.returning.layoutShiftBeyondPage])),
      largestContentfulPaintElement: lcpElement(own, false),
      returningLargestContentfulPaintElement: lcpElement(own, true),
      // Checked against the no-widget page's shifts: without it, a shift the page makes itself cannot be told apart.
      flashChecked: widget.banner ? { againstPageShift: pageShift !== null } : null,
      bannerFlashRuns: widget.banner ? reasons.filter((list) => list.length > 0).length : null,
      bannerFlashReasons: widget.banner ? Object.fromEntries([...new Set(reasons.flat())].map((reason) => [reason, reasons.filter((list) => list.includes(reason)).length])) : null,
      returningBannerShownMs: widget.banner ? summarize(own.filter((run) => run.returning.bannerFlash).map((run) => run.returning.bannerFlashMs)) : null,
    };
    for (const measure of [...MAIN, ...DETAILS]) summary[measure.key] = summarize(own.map(measure.get));
    return summary;
  });
}

/** "median / p90" of a summarized measure, or "–" where it does not apply. */
function cell(stat, format) {
  if (!stat || stat.median === null) return '–';
  return `${format(stat.median)} / ${format(stat.p90)}`;
}

const widgetName = (row) => (row.version ? `${row.name} ${row.version}` : row.name);

function flashCell(row) {
  if (row.bannerFlashRuns === null) return '–';
  const reasons = Object.entries(row.bannerFlashReasons).map(([reason, count]) => `${reason} ${count}`);
  const unchecked = row.flashChecked.againstPageShift ? '' : ' (page shift unchecked: no baseline)';
  return `${row.bannerFlashRuns}/${row.runs}${reasons.length ? `: ${reasons.join(', ')}` : ''}${unchecked}`;
}

/** The main table: what the targets are about, and bytes. */
function mainTable(summary) {
  return {
    header: ['widget', ...MAIN.map((measure) => measure.label), 'KB gz first (return)', 'banner flash'],
    rows: summary.map((row) => [
      widgetName(row),
      ...MAIN.map((measure) => cell(row[measure.key], measure.format)),
      `${kb(row.firstVisitBytes.gzip)} (${kb(row.returningBytes.gzip)})`,
      flashCell(row),
    ]),
  };
}

/** The details table: for finding causes. */
function detailsTable(summary) {
  return {
    header: ['widget', ...DETAILS.map((measure) => measure.label), 'KB raw first (return)', 'LCP element', 'return: LCP element'],
    rows: summary.map((row) => [
      widgetName(row),
      ...DETAILS.map((measure) => cell(row[measure.key], measure.format)),
      `${kb(row.firstVisitBytes.raw)} (${kb(row.returningBytes.raw)})`,
      row.largestContentfulPaintElement ?? '–',
      row.returningLargestContentfulPaintElement ?? '–',
    ]),
  };
}

/** The targets table: one row per target, one column per widget of ours measured. */
function targetsTable(targets) {
  const widgets = [...new Set(targets.map((target) => target.widget))];
  const rows = [...new Set(targets.map((target) => target.target))].map((name) => {
    const own = targets.filter((target) => target.target === name);
    return [name, own[0].bound, ...widgets.map((widget) => verdictCell(own.find((target) => target.widget === widget)))];
  });
  return { header: ['target', 'bound', ...widgets], rows };
}

function verdictCell(target) {
  if (!target) return '–';
  if (target.met === null) return `${target.value} (not measurable: ${target.note})`;
  return `${target.value} ${target.met ? 'met' : 'NOT MET'}`;
}

/** A fixed-width table for the terminal. */
function textTable({ header, rows }) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable({ header, rows }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map((_, column) => (column === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');
}

/**
 * The terminal report of one page.
 * @param {string} page
 * @param {Array<Record<string, any>>} summary
 * @param {Array<Record<string, any>>} targets
 */
export function formatText(page, summary, targets) {
  const parts = [`== ${page} page: median / p90`, textTable(mainTable(summary)), '', textTable(detailsTable(summary))];
  if (targets.length > 0) parts.push('', `Targets on the ${page} page (medians):`, textTable(targetsTable(targets)));
  return parts.join('\n');
}

/** The legend under the Markdown tables. */
const LEGEND =
  'First visit: a new tab on an origin the browser has never seen, banner shown, "Accept all" clicked. ' +
  'Return: later, a new tab of the same (on-disk) browser profile, HTTP cache off, stored consent kept. ' +
  'Times in ms from navigation start, except accept→analytics (from the click). ' +
  'TBT: long tasks from navigation until the page settled (1 s without requests or long frames), before the click. ' +
  'CLS: the largest burst of layout shifts, before the click; LCP: the largest contentful paint before the click. ' +
  'Bytes: every file the widget served to the page (JS, CSS, language files), gzip -9; the first visit counts the files loaded by the click too. ' +
  'Banner flash: runs in which the banner showed to the returning visitor, disappeared and came back before the click, ' +
  'moved (a layout shift of its own elements), or the page shifted more than without a widget. ' +
  "Details: widget LoAF is the longest animation frame (over 50 ms) running one of the widget's scripts, page work included; " +
  "widget script the time in the widget's own scripts within those frames; JS heap after garbage collection, before the click; " +
  'accept LoAF the longest such frame from the click on.';

/**
 * The Markdown for the README: machine line, then per page the tables and targets.
 * @param {Array<{ page: string, summary: Array<Record<string, any>>, targets: Array<Record<string, any>> }>} pages
 * @param {{ date: string, chromium: string, cpu: string, cores: number, node: string, runsPerWidget: number, cpuSlowdown: number, viewport: { width: number, height: number } }} meta
 */
export function formatMarkdown(pages, meta) {
  const parts = [
    `Measured ${meta.date.slice(0, 10)} on ${meta.cpu} (${meta.cores} cores), ${meta.chromium} headless, ` +
      `CPU slowed ${meta.cpuSlowdown}×, ${meta.viewport.width}×${meta.viewport.height} viewport, Node ${meta.node}; ` +
      `${meta.runsPerWidget} runs per widget and page, interleaved; median / p90.`,
  ];
  for (const { page, summary, targets } of pages) {
    parts.push('', `#### ${page === 'light' ? 'Light page (a short article)' : 'Demo page'}`, '', markdownTable(mainTable(summary)));
    if (targets.length > 0) parts.push('', markdownTable(targetsTable(targets)));
    parts.push('', '<details><summary>Details</summary>', '', markdownTable(detailsTable(summary)), '', '</details>');
  }
  parts.push('', LEGEND, '');
  return parts.join('\n');
}
