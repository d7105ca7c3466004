/**
 * The in-page probe, installed with `evaluateOnNewDocument` so it runs before
 * any of the page's own scripts. Puppeteer sends `installProbe` to the page
 * as source text: it must not use anything from this module's scope.
 *
 * It keeps its findings on `window.__bench`, which measure.mjs reads:
 * - the banner's visibility, checked on every animation frame once the
 *   widget has put its outermost element in the document (a
 *   MutationObserver alone cannot see into shadow roots, nor notice a CSS
 *   class on <html> fading a banner in), with the first time it was seen,
 *   how long it was visible in total, and each time it changed place or
 *   size while none of the widget's animations ran;
 * - long tasks, long animation frames (with the widget's scripts they ran),
 *   layout shifts (and whether the widget's own elements moved) and the
 *   largest contentful paint (and whether it was the widget's), from
 *   PerformanceObservers (Event Timing would give the click's INP, but
 *   headless Chromium reports no event entries);
 * - the time of the first trusted click, the start of click-to-analytics.
 */

/**
 * @param {{ banner: string[] | null, widgetPrefix: string | null, pageOwnShifts: string | null }} spec
 *   `banner`: one selector per step from the document to the banner, each
 *   after the first run in the previous match's shadow root (or, if it has
 *   none, inside it); null on the baseline. `widgetPrefix`: URL prefix of
 *   the widget's files, to attribute long animation frames.
 *   `pageOwnShifts`: a selector for elements whose shifts are the page's
 *   own doing (see page.mjs), or null.
 */
export function installProbe(spec) {
  const state = {
    bannerElementAt: null,
    bannerFirstVisibleAt: null,
    bannerVisibleMs: 0,
    bannerVisibleSince: null,
    bannerShows: 0,
    clickAt: null,
    longTasks: [],
    widgetFrames: [],
    lastBusyAt: 0,
    layoutShifts: [],
    largestPaint: null,
    bannerBox: null,
    bannerMoves: [],
    polling: true,
  };
  Object.defineProperty(window, '__bench', { value: state });

  const observe = (type, onEntry, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser lacks: its measure stays empty rather than breaking the page.
    }
  };

  observe('longtask', (entry) => {
    state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    state.lastBusyAt = Math.max(state.lastBusyAt, entry.startTime + entry.duration);
  });

  observe('long-animation-frame', (entry) => {
    state.lastBusyAt = Math.max(state.lastBusyAt, entry.startTime + entry.duration);
    const scripts = spec.widgetPrefix ? entry.scripts.filter((script) => script.sourceURL.startsWith(spec.widgetPrefix)) : [];
    if (scripts.length === 0) return;
    state.widgetFrames.push({
      start: entry.startTime,
      duration: entry.duration,
      blockingDuration: entry.blockingDuration,
      scripts: scripts.map((script) => ({
        url: script.sourceURL,
        invoker: script.invoker,
        duration: script.duration,
      })),
    });
  });

  const outermost = spec.banner ? spec.banner[0] : null;
  /** Whether a node is the widget's outermost element or inside it (across shadow roots). */
  const inWidget = (node) => {
    const widget = outermost && document.querySelector(outermost);
    for (let at = node; widget && at; at = at.parentNode ?? at.host ?? null) if (at === widget) return true;
    return false;
  };
  /** A short name for a node: tag, id and classes. */
  const describe = (node) =>
    node?.nodeType === Node.ELEMENT_NODE ? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((name) => `.${name}`).join('')}` : null;

  observe('layout-shift', (entry) => {
    // Shifts right after input are expected and excluded, as in the CLS definition.
    if (entry.hadRecentInput) return;
    const nodes = (entry.sources ?? []).map((source) => source.node).filter(Boolean);
    const element = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    state.layoutShifts.push({
      start: entry.startTime,
      value: entry.value,
      // The widget's own elements moving (a banner jumping) is the widget's doing whatever the page does.
      widgetMoved: nodes.some(inWidget),
      pageOwn: spec.pageOwnShifts !== null && nodes.length > 0 && nodes.every((node) => element(node)?.closest(spec.pageOwnShifts)),
      sources: nodes.map(describe).filter(Boolean),
    });
  });

  // Largest contentful paint: the last candidate before the first input ends the measure, as Chromium's LCP does.
  observe('largest-contentful-paint', (entry) => {
    if (state.clickAt !== null) return;
    state.largestPaint = {
      at: entry.startTime,
      size: entry.size,
      // Null for content inside a shadow root (the entry does not expose it); the host's element is the widget's then.
      element: describe(entry.element),
      widget: entry.element ? inWidget(entry.element) : null,
    };
  });

  // Capture phase on window: it sees the click before any widget handler, also inside shadow roots.
  addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && state.clickAt === null) state.clickAt = event.timeStamp;
    },
    true,
  );

  /** Follows `spec.banner` through shadow roots; null when any step is missing. */
  const findBanner = () => {
    if (!spec.banner) return null;
    let scope = document;
    let found = null;
    for (const selector of spec.banner) {
      found = scope.querySelector(selector);
      if (!found) return null;
      scope = found.shadowRoot ?? found;
    }
    return found;
  };

  /** The box of an element that is rendered, not transparent or hidden (itself or an ancestor), with an area inside the viewport; else null. */
  const visibleBox = (element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return null;
    const box = element.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return visible ? box : null;
  };

  /** Whether an animation or transition of the widget's is running (a banner sliding in is not a banner moving). */
  const widgetAnimating = (banner) => {
    const root = banner.getRootNode();
    const animations = [...document.getAnimations(), ...(root === document ? [] : root.getAnimations())];
    return animations.some((animation) => animation.playState === 'running' && animation.effect?.target && inWidget(animation.effect.target));
  };

  /** More than a pixel apart in place or size. */
  const differs = (a, b) => ['top', 'left', 'width', 'height'].some((side) => Math.abs(a[side] - b[side]) > 1);

  /**
   * A visible banner that changes place or size between two frames with no
   * animation of the widget's running in either: it jumped (styles arriving
   * late, content above it, a re-render).
   */
  const trackBox = (banner, box, frameTime) => {
    const animating = widgetAnimating(banner);
    const last = state.bannerBox;
    if (last && !animating && !last.animating && differs(box, last)) {
      state.bannerMoves.push({ at: frameTime, from: [last.top, last.left, last.width, last.height].map(Math.round), to: [box.top, box.left, box.width, box.height].map(Math.round) });
    }
    state.bannerBox = { top: box.top, left: box.left, width: box.width, height: box.height, animating };
  };

  const check = () => {
    // Not the callback's frame timestamp: under CPU throttling it can be the
    // time the frame was scheduled, long before a busy main thread ran it.
    const frameTime = performance.now();
    const banner = findBanner();
    const box = banner === null ? null : visibleBox(banner);
    const visible = box !== null;
    if (visible) trackBox(banner, box, frameTime);
    else state.bannerBox = null;
    if (visible && state.bannerVisibleSince === null) {
      state.bannerVisibleSince = frameTime;
      state.bannerShows += 1;
      state.bannerFirstVisibleAt ??= frameTime;
    } else if (!visible && state.bannerVisibleSince !== null) {
      state.bannerVisibleMs += frameTime - state.bannerVisibleSince;
      state.bannerVisibleSince = null;
    }
    if (state.polling) requestAnimationFrame(check);
  };

  // Polling every frame from the start would cost every page a style and
  // layout pass per frame while it is parsed (it more than doubled the
  // baseline's blocking time): poll only once the banner's outermost element
  // is in the document. The observer runs on the baseline too, finding
  // nothing, so that every page pays the same for it.
  const watcher = new MutationObserver(() => {
    if (outermost && document.querySelector(outermost)) {
      watcher.disconnect();
      state.bannerElementAt = performance.now();
      requestAnimationFrame(check);
    }
  });
  watcher.observe(document, { childList: true, subtree: true });
}

/**
 * Stops the banner polling and returns what the probe saw, with times in
 * milliseconds from navigation start. Runs in the page.
 * @param {string} markName the performance mark the analytics tag sets
 */
export function readProbe(markName) {
  const state = window.__bench;
  const now = performance.now();
  // CLS as Chromium defines it: the largest burst of shifts less than 1 s
  // apart, a burst lasting at most 5 s. (Declared here: Puppeteer sends this
  // function alone.)
  const largestShiftWindow = (shifts) => {
    let largest = 0;
    let sum = 0;
    let first = 0;
    let last = 0;
    for (const shift of shifts) {
      if (sum > 0 && (shift.start - last >= 1000 || shift.start - first >= 5000)) sum = 0;
      if (sum === 0) first = shift.start;
      sum += shift.value;
      last = shift.start;
      largest = Math.max(largest, sum);
    }
    return largest;
  };
  state.polling = false;
  const mark = performance.getEntriesByName(markName, 'mark')[0];
  return {
    now,
    domContentLoadedAt: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null,
    bannerElementAt: state.bannerElementAt,
    bannerFirstVisibleAt: state.bannerFirstVisibleAt,
    bannerShows: state.bannerShows,
    bannerVisibleMs: state.bannerVisibleMs + (state.bannerVisibleSince === null ? 0 : now - state.bannerVisibleSince),
    bannerVisibleNow: state.bannerVisibleSince !== null,
    bannerMoves: state.bannerMoves,
    clickAt: state.clickAt,
    longTasks: state.longTasks,
    widgetFrames: state.widgetFrames,
    lastBusyAt: state.lastBusyAt,
    cumulativeLayoutShift: largestShiftWindow(state.layoutShifts),
    layoutShiftBeyondPage: largestShiftWindow(state.layoutShifts.filter((shift) => !shift.pageOwn)),
    // Every shift, with what moved: to tell a widget's shift from the page's own.
    layoutShifts: state.layoutShifts,
    largestContentfulPaint: state.largestPaint,
    analyticsAt: mark ? mark.startTime : null,
    analyticsRuns: window.benchAnalyticsRuns ?? 0,
  };
}

/**
 * Cheap check while waiting: when the page was last busy (a long task or a
 * long frame ended), the time now, and whether the analytics tag has run.
 * Runs in the page.
 * @param {string} markName
 */
export function pollProbe(markName) {
  return {
    now: performance.now(),
    lastBusyAt: window.__bench.lastBusyAt,
    bannerVisible: window.__bench.bannerVisibleSince !== null,
    analyticsAt: performance.getEntriesByName(markName, 'mark')[0]?.startTime ?? null,
  };
}
