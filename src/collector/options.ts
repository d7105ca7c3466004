/**
 * The collector's settings: defaults, command-line flags and COLLECTOR_*
 * environment variables (a flag wins over its variable), checked once with
 * every problem named.
 */
import { parseArgs } from 'node:util';
import { describeError } from '../core/problems.js';
import { isoTime, parseCategories, parseOrigins, parseTrustProxy, wholeNumber } from './option-values.js';

export type StoreIp = 'none' | 'truncated';
export type ExportFormat = 'json' | 'csv';

export interface CollectorOptions {
  /** A SQLite file path, or a `postgres://` URL. */
  db: string;
  port: number;
  host: string;
  /** Origins allowed to send receipts from a browser (CORS), e.g. `https://news.example`. */
  origins: string[];
  /** Bearer token for the auditor API; without one the auditor API answers 401. */
  token: string | undefined;
  /** Ed25519 private key (PKCS#8 PEM), created with mode 0600 on first start. */
  keyFile: string;
  /** Shown as `site` in exports; defaults to the first origin. */
  site: string | undefined;
  /** Entries received longer ago than this are purged (hourly and at start). */
  retentionDays: number;
  /** `none` (default): no IP address is stored or logged. `truncated`: /24 for IPv4, /48 for IPv6. */
  storeIp: StoreIp;
  /** Receipt requests per minute per client address; 0 turns the limit off. */
  rateLimit: number;
  /**
   * The reverse proxies in front of the collector, whose X-Forwarded-For is believed: how many hops
   * (1 = one proxy), or their addresses and networks. false (default): the socket's address counts.
   */
  trustProxy: false | number | string[];
  /** The site's category keys; unset, they are learned from the texts the collector archives. */
  categories: string[] | undefined;
  logLevel: string;
}

export interface ExportOptions {
  db: string;
  from: string | undefined;
  to: string | undefined;
  consentId: string | undefined;
  format: ExportFormat;
  site: string | undefined;
}

export const DEFAULTS = {
  db: './consent.db',
  port: 8787,
  host: '127.0.0.1',
  keyFile: './collector-key.pem',
  retentionDays: 1095,
  storeIp: 'none',
  rateLimit: 600,
  logLevel: 'info',
} as const;

export const USAGE = `Usage:
  cookie-consent-collector serve  [options]   run the receipt collector
  cookie-consent-collector export [options]   write an export to stdout
  cookie-consent-collector --help

serve options (each also from the environment variable shown):
  --db PATH|URL          SQLite file or postgres://… URL   COLLECTOR_DB (default ./consent.db)
  --port N               TCP port                          COLLECTOR_PORT (default 8787)
  --host ADDRESS         address to listen on              COLLECTOR_HOST (default 127.0.0.1)
  --origin LIST          comma-separated site origins allowed to send receipts (CORS)
                                                           COLLECTOR_ORIGIN
  --token TOKEN          auditor API bearer token, at least 16 characters;
                         prefer the variable (flags show in ps)  COLLECTOR_TOKEN
  --key FILE             Ed25519 signing key, created (0600) if missing
                                                           COLLECTOR_KEY (default ./collector-key.pem)
  --site NAME            site name in exports              COLLECTOR_SITE (default: first origin)
  --retention-days N     purge entries received more than N days ago
                                                           COLLECTOR_RETENTION_DAYS (default 1095)
  --store-ip none|truncated   truncated keeps /24 (IPv4) or /48 (IPv6)
                                                           COLLECTOR_STORE_IP (default none)
  --rate-limit N         receipt requests per minute per client, 0 = off
                                                           COLLECTOR_RATE_LIMIT (default 600)
  --trust-proxy N|LIST   behind reverse proxies: how many (e.g. 1), or their addresses/networks
                         (e.g. 10.0.0.5,10.1.0.0/16, loopback); the client address is the
                         first X-Forwarded-For address from the right not a trusted proxy
                                                           COLLECTOR_TRUST_PROXY (default: none)
  --categories LIST      the site's category keys (e.g. necessary,analytics,marketing);
                         default: learned from the texts the collector archives
                                                           COLLECTOR_CATEGORIES
  --log-level LEVEL      fatal|error|warn|info|debug|silent  COLLECTOR_LOG_LEVEL (default info)

export options:
  --db PATH|URL          as above
  --format json|csv      COLLECTOR_FORMAT (default json)
  --from ISO --to ISO    received at or after / before these times
  --consent-id ID        one visitor's chain
  --site NAME            as above (default: first --origin)`;

const FLAGS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
  token: { type: 'string' },
  key: { type: 'string' },
  site: { type: 'string' },
  'retention-days': { type: 'string' },
  'store-ip': { type: 'string' },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'string' },
  categories: { type: 'string', multiple: true },
  'log-level': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'consent-id': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type FlagName = keyof typeof FLAGS;

export class OptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export interface ParsedCommand {
  command: 'serve' | 'export' | 'help';
  values: Partial<Record<FlagName, string | string[] | boolean>>;
}

const envName = (flag: string): string => `COLLECTOR_${flag.toUpperCase().replace(/-/g, '_')}`;

/** Splits argv into a command and flag values, filling unset flags from the environment. */
export function parseCommand(argv: string[], env: Record<string, string | undefined>): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new OptionsError([describeError(error)]);
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || command === 'help' || command === undefined) return { command: 'help', values: {} };
  if (command !== 'serve' && command !== 'export') throw new OptionsError([`unknown command "${command}": expected serve or export`]);
  if (extra.length > 0) throw new OptionsError([`unexpected argument "${extra[0]}"`]);
  const values: ParsedCommand['values'] = { ...parsed.values };
  for (const flag of Object.keys(FLAGS) as FlagName[]) {
    if (values[flag] !== undefined || flag === 'help') continue;
    const fromEnv = env[envName(flag)];
    if (fromEnv === undefined || fromEnv === '') continue;
    values[flag] = (FLAGS[flag].type as string) === 'boolean' ? /^(1|true|yes)$/i.test(fromEnv) : fromEnv;
  }
  return { command, values };
}

const asList = (value: string | string[] | boolean | undefined): string[] =>
  value === undefined || typeof value === 'boolean' ? [] : Array.isArray(value) ? value : [value];
const asText = (value: string | string[] | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : undefined;

/** Complete serve options from parsed flags; throws OptionsError naming every problem. */
export function serveOptions(values: ParsedCommand['values']): CollectorOptions {
  const problems: string[] = [];
  const storeIp = asText(values['store-ip']) ?? DEFAULTS.storeIp;
  if (storeIp !== 'none' && storeIp !== 'truncated') problems.push(`--store-ip: expected none or truncated, got "${storeIp}"`);
  const token = asText(values.token);
  if (token !== undefined && token.length < 16) problems.push('--token: use at least 16 characters (e.g. `openssl rand -hex 32`)');
  const options = resolveOptions({
    db: asText(values.db),
    port: wholeNumber(problems, 'port', asText(values.port), DEFAULTS.port, 0, 65535),
    host: asText(values.host),
    origins: parseOrigins(problems, asList(values.origin)),
    token,
    keyFile: asText(values.key),
    site: asText(values.site),
    retentionDays: wholeNumber(problems, 'retention-days', asText(values['retention-days']), DEFAULTS.retentionDays, 1, 100_000),
    storeIp: storeIp as StoreIp,
    rateLimit: wholeNumber(problems, 'rate-limit', asText(values['rate-limit']), DEFAULTS.rateLimit, 0, 1_000_000),
    trustProxy: parseTrustProxy(problems, asText(values['trust-proxy'])),
    categories: parseCategories(problems, asList(values.categories)),
    logLevel: asText(values['log-level']),
  });
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(options.logLevel)) {
    problems.push(`--log-level: expected fatal, error, warn, info, debug, trace or silent, got "${options.logLevel}"`);
  }
  if (problems.length > 0) throw new OptionsError(problems);
  return options;
}

/** Complete export options from parsed flags; throws OptionsError naming every problem. */
export function exportOptions(values: ParsedCommand['values']): ExportOptions {
  const problems: string[] = [];
  const format = asText(values.format) ?? 'json';
  if (format !== 'json' && format !== 'csv') problems.push(`--format: expected json or csv, got "${format}"`);
  const result: ExportOptions = {
    db: asText(values.db) ?? DEFAULTS.db,
    from: isoTime(problems, 'from', asText(values.from)),
    to: isoTime(problems, 'to', asText(values.to)),
    consentId: asText(values['consent-id']),
    format: format as ExportFormat,
    // The same default as the server's: the first configured origin.
    site: asText(values.site) ?? parseOrigins(problems, asList(values.origin))[0],
  };
  if (problems.length > 0) throw new OptionsError(problems);
  return result;
}

/** Fills in defaults for a partial set of options (what `startCollector` takes). */
export function resolveOptions(partial: { [K in keyof CollectorOptions]?: CollectorOptions[K] | undefined }): CollectorOptions {
  return {
    db: partial.db ?? DEFAULTS.db,
    port: partial.port ?? DEFAULTS.port,
    host: partial.host ?? DEFAULTS.host,
    origins: partial.origins ?? [],
    token: partial.token,
    keyFile: partial.keyFile ?? DEFAULTS.keyFile,
    site: partial.site,
    retentionDays: partial.retentionDays ?? DEFAULTS.retentionDays,
    storeIp: partial.storeIp ?? DEFAULTS.storeIp,
    rateLimit: partial.rateLimit ?? DEFAULTS.rateLimit,
    trustProxy: partial.trustProxy ?? false,
    categories: partial.categories,
    logLevel: partial.logLevel ?? DEFAULTS.logLevel,
  };
}
