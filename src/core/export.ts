/**
 * The auditor's export of a consent log: JSON in the documented
 * `cookie-consent-log/1` format, and CSV with one row per entry.
 */
import type { ChainAnchor, LogEntry, VerificationResult } from './log.js';
import type { ShownText } from './shown-text.js';

export const EXPORT_FORMAT = 'cookie-consent-log/1';

export interface LogExport {
  format: typeof EXPORT_FORMAT;
  /** The site's origin. */
  site: string;
  /** ISO-8601 UTC. */
  exportedAt: string;
  widgetVersion: string;
  /** The chain check at export time. */
  verification: VerificationResult;
  /** Set when a retention purge removed older entries: the chain continues from here. */
  anchor: ChainAnchor | null;
  entries: unknown[];
  /** Each `textHash` in the entries, mapped to the text it stands for. */
  texts: Record<string, ShownText>;
}

export function buildJsonExport(parts: Omit<LogExport, 'format'>): LogExport {
  return { format: EXPORT_FORMAT, ...parts };
}

export const CSV_FIXED_COLUMNS = ['consentId', 'seq', 'at', 'action', 'source', 'revision', 'language', 'gpc', 'expiresAt'] as const;
export const CSV_TRAILING_COLUMNS = ['textHash', 'prevHash', 'hash'] as const;

/**
 * One CSV cell: RFC 4180 quoting, and a leading apostrophe on anything a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return).
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every category named in the entries, those of `preferred` (the config's order) first. */
export function csvCategories(entries: readonly unknown[], preferred: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    const categories = (entry as Partial<LogEntry> | null)?.categories;
    if (categories && typeof categories === 'object') for (const key of Object.keys(categories)) seen.add(key);
  }
  const first = preferred.filter((key) => seen.has(key));
  const rest = [...seen].filter((key) => !preferred.includes(key)).sort();
  return [...first, ...rest];
}

/** The CSV export: a header row, then one row per entry, CRLF line ends. */
export function buildCsvExport(entries: readonly unknown[], preferredCategories: readonly string[] = []): string {
  const categories = csvCategories(entries, preferredCategories);
  const header = [...CSV_FIXED_COLUMNS, ...categories.map((key) => `category:${key}`), ...CSV_TRAILING_COLUMNS];
  const rows = entries.map((value) => {
    const entry = (value ?? {}) as Record<string, unknown>;
    const states = (entry['categories'] ?? {}) as Record<string, unknown>;
    return [
      ...CSV_FIXED_COLUMNS.map((column) => entry[column]),
      ...categories.map((key) => states[key]),
      ...CSV_TRAILING_COLUMNS.map((column) => entry[column]),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
