// Stretch timer: hold, rest, next stretch; a short beep and a colour change at each phase.
(function () {
  const root = document.getElementById('timer');
  if (!root) return;
  const phase = document.getElementById('timer-phase');
  const count = document.getElementById('timer-count');
  let timer = null;

  function beep() {
    try {
      const ctx = new (window.AudioContext || window.webkitAudioContext)();
      const osc = ctx.createOscillator();
      osc.frequency.value = 660;
      osc.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.15);
    } catch (e) { /* no audio: the colour change is the cue */ }
  }

  function run(steps) {
    if (steps.length === 0) {
      phase.textContent = 'Done. Well stretched.';
      count.textContent = '–';
      root.className = 'card narrow done';
      beep();
      return;
    }
    const [label, seconds, css] = steps[0];
    let left = seconds;
    phase.textContent = label;
    root.className = 'card narrow ' + css;
    count.textContent = left;
    beep();
    timer = setInterval(function () {
      left -= 1;
      count.textContent = left;
      if (left <= 0) {
        clearInterval(timer);
        run(steps.slice(1));
      }
    }, 1000);
  }

  document.getElementById('timer-start').addEventListener('click', function () {
    clearInterval(timer);
    const hold = Math.min(30, Math.max(20, parseInt(document.getElementById('hold').value, 10) || 30));
    const n = Math.min(20, Math.max(1, parseInt(document.getElementById('stretches').value, 10) || 5));
    const rest = parseInt(root.dataset.rest, 10);
    const steps = [];
    for (let i = 1; i <= n; i++) {
      steps.push(['Stretch ' + i + ' of ' + n + ': hold at mild tension', hold, 'hold']);
      if (i < n) steps.push(['Rest, then move to the next stretch', rest, 'rest']);
    }
    run(steps);
  });
  document.getElementById('timer-stop').addEventListener('click', function () {
    clearInterval(timer);
    phase.textContent = 'Stopped';
    root.className = 'card narrow';
  });
})();
