// Exercise page: keep "≈ N kcal for M min" in step with the minutes typed (the server shows the
// default duration's figure without JavaScript), and tick "Save a check-in" once its fields change.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form.add-entry[data-kcal-per-min]').forEach(function (form) {
    var perMin = parseFloat(form.getAttribute('data-kcal-per-min'));
    var minutes = form.querySelector('input[name=minutes]');
    var kcal = form.querySelector('.estimate-kcal');
    var min = form.querySelector('.estimate-min');
    if (!(perMin > 0) || !minutes || !kcal || !min) { return; }
    minutes.addEventListener('input', function () {
      var m = parseFloat(minutes.value);
      if (m > 0 && m <= 1440) {
        kcal.textContent = Math.round(perMin * m).toLocaleString('en-US');
        min.textContent = String(Math.round(m * 10) / 10);
      } else {
        kcal.textContent = '–';
        min.textContent = minutes.value || '0';
      }
    });
  });
  document.querySelectorAll('fieldset.checkin').forEach(function (set) {
    var on = set.querySelector('input.checkin-on');
    if (!on) { return; }
    set.addEventListener('change', function (e) {
      if (e.target !== on) { on.checked = true; }
    });
  });
});
