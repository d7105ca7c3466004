/*
 * The Harbour Ledger demo site: fills in today's date and the copyright
 * year, fakes the newsletter sign-up and, on the privacy page, shows the
 * visitor's current cookie choice. Sets no cookies and uses no web storage.
 */
(function () {
  'use strict';

  var CATEGORY_LABELS = {
    necessary: 'Strictly necessary',
    functional: 'Functional',
    analytics: 'Analytics',
    marketing: 'Marketing'
  };

  function pad(number) {
    return number < 10 ? '0' + number : String(number);
  }

  function isoDate(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function fillDates() {
    var now = new Date();
    // Some ICU versions put a comma after the weekday ("Friday, 27 November
    // 2026"); newspapers print it without one.
    var text = now
      .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
      .replace(',', '');

    Array.prototype.forEach.call(document.querySelectorAll('.js-today'), function (el) {
      el.textContent = text;
      if (el.tagName === 'TIME') el.setAttribute('datetime', isoDate(now));
    });
    Array.prototype.forEach.call(document.querySelectorAll('.js-year'), function (el) {
      el.textContent = String(now.getFullYear());
    });
  }

  function setUpNewsletter() {
    var form = document.getElementById('newsletter-form');
    if (!form) return;
    var thanks = document.getElementById('newsletter-thanks');

    form.addEventListener('submit', function (event) {
      // The demo has no mailing list: the address is neither sent nor kept.
      event.preventDefault();
      form.reset();
      if (thanks) {
        thanks.textContent = 'Thanks for signing up! This is a demo, so nothing was sent.';
      }
    });
  }

  function formatTime(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return String(iso);
    return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  }

  function addRow(list, term, value) {
    var dt = document.createElement('dt');
    var dd = document.createElement('dd');
    dt.textContent = term;
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function renderConsent(box, state) {
    box.textContent = '';
    var intro = document.createElement('p');
    box.appendChild(intro);

    if (!state) {
      intro.textContent = 'You have not made a choice on this device yet, so only strictly necessary storage is in use.';
      return;
    }

    intro.textContent = 'This is the choice stored in this browser:';
    var list = document.createElement('dl');
    list.className = 'consent-summary__list';
    var categories = state.categories || {};
    Object.keys(categories).forEach(function (key) {
      var label = CATEGORY_LABELS[key] || key;
      var value = key === 'necessary' ? 'Always on' : (categories[key] ? 'Allowed' : 'Refused');
      addRow(list, label, value);
    });
    if (state.decidedAt) addRow(list, 'Recorded', formatTime(state.decidedAt));
    if (state.expiresAt) addRow(list, 'We will ask again by', formatTime(state.expiresAt));
    if (state.id) addRow(list, 'Consent ID', String(state.id));
    box.appendChild(list);

    if (state.gpc) {
      var gpc = document.createElement('p');
      gpc.textContent = 'Your browser sent a Global Privacy Control signal, so marketing stays off.';
      box.appendChild(gpc);
    }
  }

  function setUpConsentSummary() {
    var box = document.getElementById('consent-summary');
    if (!box) return;

    var api = window.CookieConsent;
    if (!api || !api.ready || typeof api.ready.then !== 'function') {
      box.textContent = 'Your current choice could not be read. Optional cookies stay off until it can.';
      return;
    }

    api.ready.then(function (state) {
      renderConsent(box, state);
    }, function () {
      box.textContent = 'Your current choice could not be read. Optional cookies stay off until it can.';
    });

    document.addEventListener('cookie-consent:change', function (event) {
      renderConsent(box, event.detail);
    });
  }

  fillDates();
  setUpNewsletter();
  setUpConsentSummary();
})();
