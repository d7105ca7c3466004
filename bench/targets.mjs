/**
 * The speed targets of issue 15, checked against one page's summary (medians
 * of one run of the benchmark, so that every figure comes from the same
 * machine at the same time): for each of our builds, the value, the bound it
 * must stay within, and whether it does.
 */
import { CLS_TOLERANCE } from './report.mjs';

/** The builds the targets are for. */
const OURS = ['ours', 'ours-lite'];
/** The other consent tools: the bounds are the best of them. */
const PEERS = ['vanilla', 'orejime', 'klaro'];
/** How much later than on the page without a widget a returning visitor's analytics may run. */
export const RETURNING_ALLOWANCE_MS = 30;

const round = (value) => String(Math.round(value));

/**
 * The peer with the lowest median of a measure, or null when no peer was measured.
 * @param {Array<Record<string, any>>} peers
 * @param {string} key
 */
function best(peers, key) {
  const measured = peers.filter((peer) => peer[key]?.median !== null && peer[key]?.median !== undefined);
  if (measured.length === 0) return null;
  return measured.reduce((lowest, peer) => (peer[key].median < lowest[key].median ? peer : lowest));
}

/**
 * @param {Array<Record<string, any>>} allRows one page's summarizeRuns()
 * @returns {Array<{ target: string, bound: string, widget: string, value: string, met: boolean | null, note?: string }>}
 */
export function evaluateTargets(allRows) {
  // A widget with no runs (none measured on this page) has nothing to judge.
  const summary = allRows.filter((row) => row.runs > 0);
  const baseline = summary.find((row) => row.widget === 'baseline');
  const peers = summary.filter((row) => PEERS.includes(row.widget));
  const targets = [];

  /** A median that must not exceed a bound; `bound` null when what it is measured against was not run. */
  const atMost = (target, key, bound, boundText, missing) => {
    for (const row of summary.filter((candidate) => OURS.includes(candidate.widget))) {
      const value = row[key].median;
      if (bound === null) {
        targets.push({ target, bound: '–', widget: row.widget, value: round(value), met: null, note: missing });
      } else {
        targets.push({ target, bound: boundText, widget: row.widget, value: round(value), met: value <= bound });
      }
    }
  };

  const base = baseline?.returningAnalyticsMs.median;
  atMost(
    `return: analytics ≤ no widget + ${RETURNING_ALLOWANCE_MS} ms`,
    'returningAnalyticsMs',
    baseline ? base + RETURNING_ALLOWANCE_MS : null,
    baseline ? `≤ ${round(base + RETURNING_ALLOWANCE_MS)} (${round(base)} + ${RETURNING_ALLOWANCE_MS})` : '',
    'run the baseline too',
  );
  for (const [target, key] of [
    ['banner visible ≤ earliest peer', 'bannerVisibleMs'],
    ['accept→analytics ≤ fastest peer', 'clickToAnalyticsMs'],
    ['TBT ≤ lowest peer', 'totalBlockingTimeMs'],
  ]) {
    const peer = best(peers, key);
    atMost(target, key, peer ? peer[key].median : null, peer ? `≤ ${round(peer[key].median)} (${peer.widget})` : '', 'run a peer too');
  }

  for (const row of summary.filter((candidate) => OURS.includes(candidate.widget))) {
    // CLS 0 means none of the widget's making: the page's own shifts (the no-widget row) are allowed.
    const pageShift = baseline ? baseline.largestLayoutShift : null;
    const target = 'CLS 0 beyond the page’s own (largest run)';
    const value = row.largestLayoutShift.toFixed(3);
    targets.push(
      pageShift === null
        ? { target, bound: '–', widget: row.widget, value, met: null, note: 'run the baseline too' }
        : { target, bound: `≤ ${pageShift.toFixed(3)} (no widget)`, widget: row.widget, value, met: row.largestLayoutShift <= pageShift + CLS_TOLERANCE },
    );
    targets.push({ target: 'no banner flash', bound: '0 runs', widget: row.widget, value: `${row.bannerFlashRuns}/${row.runs}`, met: row.bannerFlashRuns === 0 });
  }
  return targets;
}
