/**
 * Automatic blocking: a `<script>` or `<iframe>` whose URL is on a known
 * tracker host, added to the page after the widget starts, is turned into the
 * content gate's marked form before the browser can fetch it
 * (`auto-block/tag-marking.ts`), and the gate (`content-gate.ts`) activates
 * it, in document order, once its categories are granted.
 *
 * Browsers start fetching at the moment a tag is connected (or its `src` set
 * while connected), so the conversion must happen inside the very call that
 * would fetch. This module therefore wraps the few DOM entry points that do
 * so, each wrapper doing exactly what the original does for everything else:
 * `src`/`type` setters and insertion (`auto-block/insertion-wrappers.ts`),
 * markup setters and `document.write` (`auto-block/markup-wrappers.ts`), and
 * a MutationObserver for tags the HTML parser adds (`auto-block/parser-observer.ts`).
 * Which categories a URL waits for is pure policy (`core/auto-block-policy.ts`).
 *
 * Wrappers are installed once per window and stay (someone else may have
 * wrapped them after us, so restoring the originals could drop their work);
 * with no active blocker they only pass calls through.
 */
import { safeMatcher, type BlockPolicy } from '../core/auto-block-policy.js';
import { describeError } from '../core/problems.js';
import type { AutoBlockHosts } from '../core/tracker-hosts.js';
import type { Blocker, Realm } from './auto-block/blocker-dom.js';
import { wrapAttributeSetters, wrapInsertion } from './auto-block/insertion-wrappers.js';
import { wrapDocumentWrite, wrapMarkupSetters } from './auto-block/markup-wrappers.js';
import { observeParsedTags } from './auto-block/parser-observer.js';

export interface AutoBlockerOptions {
  /** Category → host names (usually `mergeAutoBlock(DEFAULT_AUTO_BLOCK, config.autoBlock)`). */
  autoBlock: AutoBlockHosts;
  /** Whether a category is granted right now; asked on every tracker tag. Throwing counts as "no". */
  isGranted: (category: string) => boolean;
}

export interface AutoBlocker {
  /** Replaces the host list, e.g. once a config fetched from `data-config` arrives. */
  setAutoBlock(autoBlock: AutoBlockHosts): void;
  /** Stops this blocker: tags already converted stay with the gate; new ones pass untouched. */
  disconnect(): void;
}

const REGISTRY = Symbol.for('cookie-consent-element/auto-blocker/2');

/**
 * Starts blocking tracker tags in `win` until their categories are granted.
 * Safe to call more than once: the wrappers go in once per window, and a tag
 * is let through only when every active blocker lets it through.
 */
export function installAutoBlocker(win: Window, options: AutoBlockerOptions): AutoBlocker {
  const policy: BlockPolicy = { match: safeMatcher(options.autoBlock), isGranted: options.isGranted };
  let blocker: Blocker | null = null;
  try {
    blocker = blockerOf(win as Realm);
    blocker.policies.add(policy);
    blocker.observer ??= observeParsedTags(blocker);
  } catch (error) {
    console.error(`cookie-consent: automatic blocking could not start (${describeError(error)})`);
  }
  return {
    setAutoBlock(autoBlock) {
      policy.match = safeMatcher(autoBlock);
    },
    disconnect() {
      if (!blocker) return;
      blocker.policies.delete(policy);
      if (blocker.policies.size === 0) {
        blocker.observer?.stop();
        blocker.observer = null;
      }
    },
  };
}

function blockerOf(win: Realm): Blocker {
  const existing = (win as unknown as Record<symbol, Blocker | undefined>)[REGISTRY];
  if (existing) return existing;
  const blocker: Blocker = { win, policies: new Set(), observer: null };
  // Order matters: the markup setters insert their result through the (already wrapped) insertion methods.
  wrapAttributeSetters(blocker);
  wrapInsertion(blocker);
  wrapMarkupSetters(blocker);
  wrapDocumentWrite(blocker);
  Object.defineProperty(win, REGISTRY, { value: blocker });
  return blocker;
}
