// Live preview for the article editor: sends the Markdown to the server, which renders it with the
// same sanitiser as published articles, and shows the result. Debounced so typing stays smooth.
(function () {
  var body = document.getElementById('body');
  var preview = document.getElementById('preview');
  var form = document.getElementById('editor-form');
  if (!body || !preview || !form) { return; }
  var token = form.querySelector('input[name=_csrf]').value;
  var timer = null;
  var seq = 0;
  function refresh() {
    var mine = ++seq;
    fetch('/editor/preview', {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': token},
      body: new URLSearchParams({body: body.value}),
      credentials: 'same-origin'
    }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { if (mine === seq) { preview.innerHTML = html; } })
      .catch(function () { if (mine === seq) { preview.textContent = 'Preview unavailable; your text is not lost.'; } });
  }
  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
})();
