/**
 * The automatic blocker's rules, apart from the DOM: which categories a tag's
 * URL must wait for when several blockers are active, which scripts the
 * browser would run (only those are worth converting), and how our categories
 * sit beside the ones a site owner wrote in `data-category`. Pure: no DOM.
 */
import { compileAutoBlock, type AutoBlockHosts, type HostMatcher } from './tracker-hosts.js';

/** One active blocker: its host list and its current answer on a category. */
export interface BlockPolicy {
  match: HostMatcher;
  /** Throwing counts as "no". */
  isGranted: (category: string) => boolean;
}

/**
 * The `type` of a script the browser would run, lower-cased, parameters dropped: none, a module,
 * or one of the 16 names of HTML § "JavaScript MIME type" (as one pattern, which is smaller than the list).
 */
const SCRIPT_TYPE = /^(?:module|(?:application|text)\/(?:x-)?(?:ecma|java)script|text\/(?:javascript1\.[0-5]|jscript|livescript))?$/;

/**
 * A matcher for `autoBlock`; a list it cannot read blocks nothing rather than throwing into the page.
 * Compiled when first asked: the page's blocker gets the built-in list and, a moment later, the site's
 * (before the parser goes on), so compiling the first would be work thrown away on every page.
 */
export function safeMatcher(autoBlock: AutoBlockHosts): HostMatcher {
  let compiled: HostMatcher | null = null;
  return (url, baseUrl) => {
    if (!compiled) {
      try {
        compiled = compileAutoBlock(autoBlock ?? {});
      } catch {
        compiled = () => null;
      }
    }
    return compiled(url, baseUrl);
  };
}

/**
 * The categories a tag at `url` must wait for, or null when every policy lets
 * it through: a tag runs only once each blocker that lists its host has its
 * categories granted. A policy that throws on matching is left out; one that
 * throws on granting says no.
 */
export function blockingCategories(policies: Iterable<BlockPolicy>, url: string, baseUrl: string): string[] | null {
  let blocked: string[] | null = null;
  for (const policy of policies) {
    let categories: string[];
    try {
      categories = splitCategories(policy.match(url, baseUrl));
    } catch {
      continue;
    }
    if (categories.length === 0 || categories.every((category) => granted(policy, category))) continue;
    blocked ??= [];
    for (const category of categories) if (!blocked.includes(category)) blocked.push(category);
  }
  return blocked;
}

function granted(policy: BlockPolicy, category: string): boolean {
  try {
    return policy.isGranted(category) === true;
  } catch {
    return false; // fail closed
  }
}

/**
 * Whether a script with this `type` attribute (null: none) is one the browser
 * would run. Parameters ("; charset=…") are dropped: converting a script the
 * browser would not have run only hands the same decision to the gate, which
 * keeps the original type.
 */
export function runsAsScript(type: string | null): boolean {
  return SCRIPT_TYPE.test((type ?? '').split(';')[0]!.trim().toLowerCase());
}

/**
 * `data-category` once the blocker adds `categories`: the site owner's own
 * categories (`current` less those of an earlier conversion, `ours`) first,
 * then ours, each once.
 */
export function withOurCategories(current: string | null, ours: string | null, categories: readonly string[]): string {
  return [...new Set([...ownCategories(current, ours), ...categories])].join(' ');
}

/** The site owner's own categories in `data-category` (`current`), without those the blocker added (`ours`). */
export function ownCategories(current: string | null, ours: string | null): string[] {
  const added = new Set(splitCategories(ours));
  return splitCategories(current).filter((category) => !added.has(category));
}

function splitCategories(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
