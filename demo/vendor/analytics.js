/*
 * Local stand-in for a third-party analytics tag. It never contacts another
 * host; it only does what a real tag visibly does to a page, so the demo (and
 * its tests) can tell whether the consent widget let it run:
 *   - defines the global window.demoAnalytics(command, id)
 *   - sets a `_ga`-style cookie
 *   - records a page view in window.demoAnalyticsEvents
 *   - updates #analytics-status
 */
(function () {
  'use strict';

  var STATUS_ID = 'analytics-status';
  var TWO_YEARS_IN_SECONDS = 63072000;

  var state = { configuredId: null };
  var waitingForDom = false;

  function statusText() {
    return state.configuredId
      ? 'Analytics loaded and configured (' + state.configuredId + ')'
      : 'Analytics loaded';
  }

  function renderStatus() {
    var el = document.getElementById(STATUS_ID);
    if (!el) return;
    el.textContent = statusText();
    el.classList.add('is-on');
  }

  // The consent widget may activate this tag while the page is still being
  // parsed (a returning visitor), before #analytics-status exists. Rendering
  // from `state` once the DOM is ready also keeps a later 'config' call from
  // being overwritten by the plain "Analytics loaded" text.
  function updateStatus() {
    if (document.readyState === 'loading') {
      if (!waitingForDom) {
        waitingForDom = true;
        document.addEventListener('DOMContentLoaded', function () {
          waitingForDom = false;
          renderStatus();
        });
      }
      return;
    }
    renderStatus();
  }

  function setVisitorCookie() {
    var random = String(Math.floor(100000000 + Math.random() * 900000000));
    var seconds = Math.floor(Date.now() / 1000);
    try {
      document.cookie = '_ga=GA1.1.' + random + '.' + seconds +
        '; path=/; max-age=' + TWO_YEARS_IN_SECONDS + '; SameSite=Lax';
    } catch {
      // Sandboxed or opaque-origin documents throw on document.cookie.
    }
  }

  window.demoAnalytics = function demoAnalytics(command, id) {
    if (command === 'config') {
      state.configuredId = String(id);
      window.demoAnalytics.configuredIds.push(state.configuredId);
      updateStatus();
    }
  };
  window.demoAnalytics.configuredIds = [];

  if (!Array.isArray(window.demoAnalyticsEvents)) {
    window.demoAnalyticsEvents = [];
  }

  setVisitorCookie();
  window.demoAnalyticsEvents.push({ event: 'demo_pageview', path: location.pathname });
  updateStatus();
})();
