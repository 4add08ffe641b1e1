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
