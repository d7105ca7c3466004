/**
 * What an anonymous sender may store is bounded by what the site has: the
 * category and service names an entry may use are those of the site's texts
 * (learned as the collector archives them, up to a cap) or the `--categories`
 * the site owner gave. Without this, free-form names let anyone grow every
 * CSV export by rows × names (one column per category ever seen).
 */
import type { LogEntry } from '../core/log.js';
import type { CollectorDb } from './database.js';

/** An entry's canonical JSON may be this long: a real one is well under 2,000 characters. */
export const MAX_ENTRY_CHARS = 16 * 1024;
/** Categories one entry or one text may list. */
export const MAX_CATEGORIES_PER_ENTRY = 32;
/** Services one entry or one text may list, all categories together. */
export const MAX_SERVICES_PER_ENTRY = 256;
/** Names the collector learns from texts; past these a text with new names is not archived. */
export const MAX_LEARNED_CATEGORIES = 64;
export const MAX_LEARNED_SERVICES = 1024;
/** The well-known categories are always allowed when the collector learns names from texts. */
export const WELL_KNOWN = ['necessary', 'functional', 'analytics', 'marketing'];
export const CATEGORY_KEY = /^[a-z][a-z0-9_-]{0,63}$/;
const SERVICE_KEY = /^[\x21-\x2e\x30-\x7e]{1,100}$/;

export interface SiteName {
  /** `analytics`, or `analytics/ga4` for a service. */
  name: string;
  kind: 'category' | 'service';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The names a shown text lists, or null when it is not shaped like one or lists more than an entry may. */
export function namesOfText(text: unknown): SiteName[] | null {
  if (!isRecord(text) || !Array.isArray(text['categories']) || text['categories'].length > MAX_CATEGORIES_PER_ENTRY) return null;
  const names: SiteName[] = [];
  let services = 0;
  for (const category of text['categories'] as unknown[]) {
    if (!isRecord(category) || typeof category['key'] !== 'string' || !CATEGORY_KEY.test(category['key'])) return null;
    const key = category['key'];
    names.push({ name: key, kind: 'category' });
    const listed = category['services'] ?? [];
    if (!Array.isArray(listed)) return null;
    for (const service of listed as unknown[]) {
      if (!isRecord(service) || typeof service['key'] !== 'string' || !SERVICE_KEY.test(service['key'])) return null;
      if (++services > MAX_SERVICES_PER_ENTRY) return null;
      names.push({ name: `${key}/${service['key']}`, kind: 'service' });
    }
  }
  return names;
}

/** The names an entry uses, or a problem when its services are not shaped as the widget writes them. */
function namesOfEntry(entry: LogEntry): { categories: string[]; services: string[] } | string {
  const categories = Object.keys(entry.categories);
  const services: string[] = [];
  const raw = (entry as unknown as Record<string, unknown>)['services'];
  if (raw !== undefined) {
    if (!isRecord(raw)) return 'services: expected an object of categories, each an object of true/false';
    for (const [category, choices] of Object.entries(raw)) {
      if (!isRecord(choices) || !Object.values(choices).every((value) => typeof value === 'boolean')) {
        return `services.${category}: expected an object of true/false`;
      }
      for (const service of Object.keys(choices)) services.push(`${category}/${service}`);
    }
  }
  return { categories, services };
}

/** The site's names: fixed by `--categories`, or learned from the archived texts. */
export class SiteNames {
  private readonly fixed: ReadonlySet<string> | null;

  constructor(categories: readonly string[] | undefined) {
    this.fixed = categories && categories.length > 0 ? new Set(categories) : null;
  }

  /**
   * Learns a text's names (in the caller's transaction); false when the text
   * may not be archived: not a shown text, a category outside `--categories`,
   * or new names past the caps.
   */
  async learnText(db: CollectorDb, text: unknown, learnedAt: string): Promise<boolean> {
    const names = namesOfText(text);
    if (!names) return false;
    if (this.fixed && names.some((name) => name.kind === 'category' && !this.fixed!.has(name.name))) return false;
    const wanted = names.filter((name) => !(name.kind === 'category' && (this.fixed?.has(name.name) || (!this.fixed && WELL_KNOWN.includes(name.name)))));
    if (wanted.length === 0) return true;
    const known = new Set((await db.selectFrom('site_names').select('name').where('name', 'in', wanted.map((name) => name.name)).execute()).map((row) => row.name));
    const fresh = wanted.filter((name) => !known.has(name.name));
    if (fresh.length === 0) return true;
    const counts = await db.selectFrom('site_names').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').execute();
    const count = (kind: string): number => Number(counts.find((row) => row.kind === kind)?.n ?? 0);
    const newCategories = fresh.filter((name) => name.kind === 'category').length;
    if (count('category') + newCategories > MAX_LEARNED_CATEGORIES) return false;
    if (count('service') + fresh.length - newCategories > MAX_LEARNED_SERVICES) return false;
    await db
      .insertInto('site_names')
      .values(fresh.map((name) => ({ ...name, learned_at: learnedAt })))
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    return true;
  }

  /** What keeps an entry out: too large, too many names, or names the site does not have. [] when it may be stored. */
  async entryProblems(db: CollectorDb, entry: LogEntry, json: string): Promise<string[]> {
    if (json.length > MAX_ENTRY_CHARS) return [`the entry is ${json.length} characters as canonical JSON: at most ${MAX_ENTRY_CHARS} are taken`];
    const names = namesOfEntry(entry);
    if (typeof names === 'string') return [names];
    const { categories, services } = names;
    if (categories.length > MAX_CATEGORIES_PER_ENTRY) return [`categories: ${categories.length} listed, at most ${MAX_CATEGORIES_PER_ENTRY} are taken`];
    if (services.length > MAX_SERVICES_PER_ENTRY) return [`services: ${services.length} listed, at most ${MAX_SERVICES_PER_ENTRY} are taken`];
    const lookUp = [...(this.fixed ? [] : categories.filter((name) => !WELL_KNOWN.includes(name))), ...services];
    const learned = lookUp.length === 0 ? new Set<string>() : new Set((await db.selectFrom('site_names').select('name').where('name', 'in', lookUp).execute()).map((row) => row.name));
    const source = this.fixed ? '--categories' : 'the texts this collector archived';
    const problems: string[] = [];
    for (const name of categories) {
      const known = this.fixed ? this.fixed.has(name) : WELL_KNOWN.includes(name) || learned.has(name);
      if (!known) problems.push(`categories: "${name.slice(0, 64)}" is not one of this site's categories (from ${source})`);
    }
    for (const name of services) {
      if (!learned.has(name)) problems.push(`services: "${name.slice(0, 100)}" is not one of this site's services (from the texts this collector archived)`);
    }
    return problems.slice(0, 5);
  }
}
