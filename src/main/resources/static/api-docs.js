// Starts Swagger UI on /api/docs (a file rather than an inline script, for the Content-Security-Policy).
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('swagger-ui');
  if (!holder || typeof SwaggerUIBundle !== 'function') { return; }
  var csrf = holder.getAttribute('data-csrf') || '';
  window.ui = SwaggerUIBundle({
    url: holder.getAttribute('data-url'),
    domNode: holder,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    // A signed-in session's "Try it out" needs the CSRF token on state-changing same-origin calls.
    requestInterceptor: function (request) {
      var method = (request.method || 'GET').toUpperCase();
      var sameOrigin = request.url.indexOf('/') === 0 || request.url.indexOf(window.location.origin + '/') === 0;
      if (csrf && sameOrigin && method !== 'GET' && method !== 'HEAD') {
        request.headers['X-CSRF-Token'] = csrf;
      }
      return request;
    }
  });
});
