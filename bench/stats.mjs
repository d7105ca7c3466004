/**
 * Summary statistics for a handful of runs. With ten runs a p90 is little
 * more than the second-worst run; it is reported to show the spread, not as
 * a precise tail.
 */

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between the closest
 * ranks (the "R-7" rule of spreadsheets and NumPy), so the median of an even
 * count is the mean of the middle two. Null entries (a measure that does not
 * apply to a widget) are left out; no values give null.
 * @param {Array<number | null>} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = values.filter((value) => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** @param {Array<number | null>} values */
export const median = (values) => quantile(values, 0.5);

/** @param {Array<number | null>} values */
export const p90 = (values) => quantile(values, 0.9);

/** @param {Array<number | null>} values */
export const summarize = (values) => ({ median: median(values), p90: p90(values) });
