// Progressive enhancement only: every page works without JavaScript.

// Colour theme: the system's (prefers-color-scheme) unless the user chose one with the toggle, which is
// remembered in this browser. Runs before the page is drawn (the script is not deferred), so no flash.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('openplate-theme'); } catch (e) { saved = null; }
  if (saved === 'dark' || saved === 'light') { document.documentElement.setAttribute('data-theme', saved); }
})();

document.addEventListener('DOMContentLoaded', function () {
  var root = document.documentElement;
  var toggle = document.getElementById('theme-toggle');
  var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function dark() {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : !!(system && system.matches);
  }
  function show() {
    if (!toggle) { return; }
    var on = dark();
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    var use = toggle.querySelector('use');
    if (use) { use.setAttribute('href', '/static/icons.svg#' + (on ? 'sun' : 'moon')); }
    toggle.title = on ? 'Use the light theme' : 'Use the dark theme';
  }
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var next = dark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('openplate-theme', next); } catch (e) { /* private mode: not remembered */ }
      show();
    });
    if (system && system.addEventListener) { system.addEventListener('change', show); }
    show();
  }

  // Mark the current section in the navigation and the tab bar.
  var here = location.pathname;
  document.querySelectorAll('#site-nav a, .tabbar a').forEach(function (a) {
    var path = a.getAttribute('href');
    if (path === here || (path.length > 1 && here.indexOf(path + '/') === 0 && path !== '/diary')
        || (path === '/diary' && /^\/diary\/\d{4}-\d{2}-\d{2}$/.test(here))) {
      a.setAttribute('aria-current', 'page');
    }
  });

  // The menu is a checkbox; let the tab bar's "More" (a label) be reached and used from the keyboard,
  // and let Escape close the open menu.
  var menu = document.getElementById('menu-toggle');
  var more = document.getElementById('tab-more');
  if (menu && more) {
    more.setAttribute('role', 'button');
    more.setAttribute('tabindex', '0');
    more.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); menu.checked = !menu.checked; menu.focus(); }
    });
  }
  if (menu) {
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.checked) { menu.checked = false; menu.focus(); }
    });
  }
});
document.addEventListener('DOMContentLoaded', function () {
  // Fill the sign-up form's time zone from the browser, so the diary day starts at the user's midnight.
  document.querySelectorAll('input[data-timezone]').forEach(function (input) {
    try {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      input.value = '';
    }
  });
});

// Food search as you type: fetch the results fragment and swap it in (the form still works without this).
document.addEventListener('DOMContentLoaded', function () {
  var input = document.querySelector('input[data-live-search]');
  if (input) {
    var timer = null;
    var last = input.value;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === last || q.length < 2) { return; }
        last = q;
        fetch('/foods?fragment=1&q=' + encodeURIComponent(q), {headers: {'Accept': 'text/html'}})
          .then(function (r) { return r.text(); })
          .then(function (html) {
            var holder = document.getElementById('results');
            if (holder && input.value.trim() === q) { holder.outerHTML = html; }
            history.replaceState(null, '', '/foods?q=' + encodeURIComponent(q));
          });
      }, 150);
    });
  }
  // Portion and amount changes re-render the label at once.
  document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
  });
  document.querySelectorAll('.js-hide').forEach(function (el) { el.hidden = true; });
});
