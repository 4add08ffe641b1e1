// Progressive enhancement only: every page works without JavaScript.
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
