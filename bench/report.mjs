/**
 * Turns the raw runs into a summary per widget, and the summary into the
 * plain-text table printed at the end and the Markdown table for the README.
 */
import { median, summarize } from './stats.mjs';

/**
 * The measures, in table order. `get` reads one run's value (null where the
 * measure does not apply, e.g. clicks on the baseline); `format` prints one
 * summarized number.
 */
const MEASURES = [
  { key: 'bannerVisibleMs', label: 'banner visible ms', get: (run) => run.bannerVisibleMs, format: ms },
  { key: 'totalBlockingTimeMs', label: 'TBT ms', get: (run) => run.totalBlockingTimeMs, format: ms },
  { key: 'longestWidgetFrameMs', label: 'widget LoAF ms', get: (run) => run.longestWidgetFrameMs, format: ms },
  { key: 'widgetScriptInLongFramesMs', label: 'widget script ms', get: (run) => run.widgetScriptInLongFramesMs, format: ms },
  { key: 'cumulativeLayoutShift', label: 'CLS', get: (run) => run.cumulativeLayoutShift, format: (value) => value.toFixed(3) },
  { key: 'jsHeapUsedMb', label: 'JS heap MB', get: (run) => run.jsHeapUsedBytes / 2 ** 20, format: (value) => value.toFixed(2) },
  { key: 'clickToAnalyticsMs', label: 'click→analytics ms', get: (run) => run.clickToAnalyticsMs, format: ms },
  { key: 'longestWidgetFrameAfterClickMs', label: 'accept LoAF ms', get: (run) => run.longestWidgetFrameAfterClickMs, format: ms },
  { key: 'returningAnalyticsMs', label: 'return: analytics ms', get: (run) => run.returning.analyticsMs, format: ms },
];

function ms(value) {
  return String(Math.round(value));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * @param {Array<{ id: string, name: string, version: string }>} widgets
 * @param {Array<Record<string, any>>} runs
 */
export function summarizeRuns(widgets, runs) {
  return widgets.map((widget) => {
    const own = runs.filter((run) => run.widget === widget.id);
    const summary = {
      widget: widget.id,
      name: widget.name,
      version: widget.version,
      runs: own.length,
      blockedBeforeConsentEveryRun: widget.banner ? own.every((run) => run.blockedBeforeConsent) : null,
      fetchedBeforeConsentRuns: widget.banner ? own.filter((run) => run.fetchedBeforeConsent).length : null,
      // Served bytes do not vary between runs unless a widget loads different files; the median says what is typical.
      firstVisitBytes: { raw: median(own.map((run) => run.firstVisitBytes.raw)), gzip: median(own.map((run) => run.firstVisitBytes.gzip)) },
      returningBytes: { raw: median(own.map((run) => run.returning.bytes.raw)), gzip: median(own.map((run) => run.returning.bytes.gzip)) },
      firstVisitFiles: own.at(-1)?.firstVisitBytes.files ?? [],
      returningFiles: own.at(-1)?.returning.bytes.files ?? [],
      bannerFlashRuns: widget.banner ? own.filter((run) => run.returning.bannerFlash).length : null,
      bannerFlashMs: widget.banner ? summarize(own.filter((run) => run.returning.bannerFlash).map((run) => run.returning.bannerFlashMs)) : null,
      returningTotalBlockingTimeMs: summarize(own.map((run) => run.returning.totalBlockingTimeMs)),
      returningLongestWidgetFrameMs: summarize(own.map((run) => run.returning.longestWidgetFrameMs)),
      returningWidgetScriptInLongFramesMs: summarize(own.map((run) => run.returning.widgetScriptInLongFramesMs)),
    };
    for (const measure of MEASURES) summary[measure.key] = summarize(own.map(measure.get));
    return summary;
  });
}

/** "median / p90" of a summarized measure, or "–" where it does not apply. */
function cell(stat, format) {
  if (!stat || stat.median === null) return '–';
  return `${format(stat.median)} / ${format(stat.p90)}`;
}

/** The header and the rows of the table, as strings. */
function tableCells(summary) {
  const header = [
    'widget',
    'first visit KB gz (raw)',
    'return KB gz (raw)',
    ...MEASURES.map((measure) => measure.label),
    'return: banner flash',
  ];
  const rows = summary.map((row) => [
    row.version ? `${row.name} ${row.version}` : row.name,
    `${kb(row.firstVisitBytes.gzip)} (${kb(row.firstVisitBytes.raw)})`,
    `${kb(row.returningBytes.gzip)} (${kb(row.returningBytes.raw)})`,
    ...MEASURES.map((measure) => cell(row[measure.key], measure.format)),
    row.bannerFlashRuns === null ? '–' : `${row.bannerFlashRuns}/${row.runs}${row.bannerFlashRuns ? `, ${cell(row.bannerFlashMs, ms)} ms` : ''}`,
  ]);
  return { header, rows };
}

/** A fixed-width table for the terminal. */
export function formatText(summary) {
  const { header, rows } = tableCells(summary);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The Markdown section for the README: machine line, table and a legend.
 * @param {Array<Record<string, any>>} summary
 * @param {{ date: string, chromium: string, cpu: string, cores: number, node: string, runsPerWidget: number }} meta
 */
export function formatMarkdown(summary, meta) {
  const { header, rows } = tableCells(summary);
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return [
    `Measured ${meta.date.slice(0, 10)} on ${meta.cpu} (${meta.cores} cores), ${meta.chromium} headless, ` +
      `CPU slowed 4×, Node ${meta.node}; ${meta.runsPerWidget} runs per widget, interleaved; median / p90.`,
    '',
    row(header),
    row(header.map((_, column) => (column === 0 ? '---' : '---:'))),
    ...rows.map(row),
    '',
    'First visit: fresh profile, banner shown, "Accept all" clicked. Bytes: every file the widget served to the page ' +
      '(JS, CSS, language files), gzip -9; the first visit counts the files loaded by the click too. ' +
      'Banner visible, analytics: ms from navigation start. TBT: long tasks from navigation until the page settled ' +
      '(1 s without requests or long frames), before the click. Widget LoAF: the longest animation frame (over 50 ms) ' +
      "running one of the widget's scripts, same window, 0 when none; the whole frame counts, page work included. " +
      "Widget script: the time spent in the widget's own scripts within those long frames. " +
      'JS heap: after garbage collection, before the click. Accept LoAF: the longest such frame from the click on. ' +
      'Return: same profile, HTTP cache off, stored consent kept; ' +
      'banner flash: runs in which the banner showed at all, and for how long.',
    '',
  ].join('\n');
}
