/**
 * Tags the HTML parser adds reach no wrapper: a MutationObserver converts
 * them. At a `</script>` end tag the parser runs a microtask checkpoint before
 * it prepares the script (HTML § "the text insertion mode"), so the
 * observer's callback still sees the script unprepared and can change its
 * type. The preload scanner may already have requested the URL: markup tags
 * are the site owner's to mark.
 */
import { TRACKABLE, connected, find, isTrackable, type Blocker } from './blocker-dom.js';
import { inspect } from './tag-checks.js';

/** Starts the window's one observer; `stop` ends it (for when no blocker is left). */
export function observeParsedTags(blocker: Blocker): { stop(): void } {
  const observer = new blocker.win.MutationObserver((records) => {
    try {
      onMutations(blocker, records);
    } catch {
      // Never in the page's way.
    }
  });
  observer.observe(blocker.win.document, { childList: true, subtree: true });
  return { stop: () => observer.disconnect() };
}

/** Parser-inserted tags, and any that came in another way: convert what has not started yet. */
function onMutations(blocker: Blocker, records: MutationRecord[]): void {
  if (blocker.policies.size === 0) return;
  // Only while the parser runs can a script seen here still be unprepared; later ones either went
  // through the wrappers or have started, and converting those would run them twice once granted.
  const parsing = blocker.win.document.readyState === 'loading';
  const baseUrl = blocker.win.document.baseURI;
  const consider = (element: Element): void => {
    if (element.localName === 'script' && !parsing) return;
    if (connected(element)) inspect(blocker, element, baseUrl);
  };
  // The parser reports every element it adds, each in its own record, and by the time this runs
  // they already hold their children: searching each one's subtree would go over the same part of
  // the page again and again (costly on a long article at page load). One search per outermost
  // added element covers them all; the rest are looked at alone.
  const searched = new Set<Node>();
  const insideSearched = (node: Node): boolean => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (searched.has(parent)) return true;
    return false;
  };
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1 || insideSearched(node)) continue;
      if (isTrackable(node)) consider(node as Element);
      if ((node as Element).firstElementChild) {
        searched.add(node);
        for (const found of find(node, TRACKABLE)) consider(found);
      }
    }
  }
}
