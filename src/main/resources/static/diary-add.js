/* Adding food without leaving the page (progressive enhancement: every form here works without it).
   - The add page searches as you type (debounced, a stale request is cancelled) and swaps in the results.
   - "Add", "Add selected" and the day page's one-tap recent foods send their form with Accept: application/json;
     the page stays, says "Added Bananas, raw (105 kcal) · Undo" in #add-status and updates the calories left.
   - Each food shows its kcal and macros for the amount and portion chosen, computed as the server does
     (value per 100 g × grams / 100, kcal rounded to whole numbers, grams to 0.1).
   - Keys: "/" focuses the search, ↓ ↑ move through the foods, Enter adds the focused one, Space ticks it.
   - The day page's "Add food" opens the add page in place (no page load); Back returns.
   offline.js gives each add form a client id in the capture phase and keeps adds made offline; this script
   runs after it (bubble phase), sends that client id along, and leaves alone what offline.js has taken. */
'use strict';
(function () {
  const ADD_ACTION = /^\/diary\/(\d{4}-\d{2}-\d{2})\/entries(\/batch)?$/;
  const DELETE_ACTION = /^\/diary\/entries\/(\d+)\/delete$/;
  const selected = new Map();   // item key (food:12, recipe:3) -> {name, amount, portion}
  let searchTimer = null;
  let searchAbort = null;

  function csrf() {
    const input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function addPage() {
    return document.getElementById('add-page');
  }

  // ---- numbers as the server writes them (DiaryFormat)

  function kcal(v) {
    return v === null ? '–' : Math.round(v).toLocaleString('en-US');
  }

  function grams(v) {
    if (v === null) {
      return '–';
    }
    const r = Math.round(v * 10) / 10;
    return Number.isInteger(r) ? r.toLocaleString('en-US')
      : r.toLocaleString('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1});
  }

  function num(el, name) {
    const v = el.getAttribute('data-' + name);
    return v === null || v === '' || !isFinite(Number(v)) ? null : Number(v);
  }

  // ---- the status line: "Added … · Undo"

  function statusEl() {
    let el = document.getElementById('add-status');
    if (!el) {
      el = document.createElement('div');
      el.id = 'add-status';
      el.className = 'add-status';
      el.setAttribute('role', 'status');
      el.setAttribute('aria-live', 'polite');
      const main = document.getElementById('main');
      (main ? main.parentNode : document.body).insertBefore(el, main);
    }
    return el;
  }

  /** On the day page the status sits in the meal that changed, beside the recent foods just tapped. */
  function place(mealId) {
    const meal = mealId && !addPage() ? document.getElementById('meal-' + mealId) : null;
    if (!meal) {
      return;
    }
    const el = statusEl();
    const before = meal.querySelector('.recent-taps') || meal.querySelector('.meal-actions');
    meal.insertBefore(el, before);
  }

  function say(text, ids, isError, mealId) {
    place(mealId);
    const el = statusEl();
    el.textContent = '';
    el.classList.toggle('error', !!isError);
    el.appendChild(document.createTextNode(text));
    if (ids && ids.length) {
      el.appendChild(document.createTextNode(' · '));
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'link';
      undo.id = 'undo-add';
      undo.textContent = 'Undo';
      undo.addEventListener('click', () => undoAdd(ids, mealId));
      el.appendChild(undo);
    }
  }

  function showDay(day) {
    if (!day) {
      return;
    }
    const left = document.getElementById('remaining-kcal');
    if (left && day.remainingKcal !== null) {
      left.textContent = kcal(day.remainingKcal);
      left.className = day.remainingKcal < 0 ? 'over' : 'left';
    }
    const eaten = document.getElementById('food-kcal');
    if (eaten) {
      eaten.textContent = kcal(day.foodKcal);
    }
  }

  async function post(url, body) {
    const response = await fetch(url, {method: 'POST', credentials: 'same-origin', body: body,
      headers: {'Accept': 'application/json', 'X-CSRF-Token': csrf()}});
    let json = null;
    try {
      json = await response.json();
    } catch (notJson) {
      json = null;
    }
    if (!response.ok) {
      throw new Error(json && json.message ? json.message : 'The server could not add this (status ' + response.status + ').');
    }
    return json;
  }

  async function changed(json, ids, mealId) {
    if (addPage()) {
      showDay(json.day);
    } else {
      await swap(location.pathname, false);
    }
    say(json.message, ids, false, mealId);
  }

  async function undoAdd(ids, mealId) {
    try {
      let last = null;
      for (const id of ids) {
        last = await post('/diary/entries/' + id + '/delete', new URLSearchParams({_csrf: csrf()}));
      }
      await changed({message: ids.length === 1 ? last.message : 'Removed ' + ids.length + ' items.', day: last.day}, null,
        mealId);
    } catch (e) {
      say(e.message, null, true);
    }
  }

  // ---- sending add forms

  function afterAdd(form) {
    const q = document.getElementById('q');
    if (addPage() && q) {
      q.focus();
      q.select();
    } else if (form && form.id) {
      const again = document.getElementById(form.id);
      if (again) {
        again.focus();
      }
    }
  }

  async function single(form) {
    const button = form.querySelector('button[type="submit"]');
    const tapped = button ? button.getAttribute('data-food') : null;
    try {
      const json = await post(form.action, new URLSearchParams(new FormData(form)));
      await changed(json, json.created ? [json.entry.id] : null, json.entry.mealId);
      if (tapped) {
        const again = document.querySelector('.one-tap button[data-food="' + tapped + '"]');
        if (again) {
          again.focus();
        }
      } else {
        afterAdd(form);
      }
    } catch (e) {
      if (e instanceof TypeError) {   // no answer at all: send the form the plain way
        form.setAttribute('data-plain', '1');
        form.requestSubmit();
        return;
      }
      say(e.message, null, true);
    }
  }

  function snapshot(li) {
    const amount = li.querySelector('input[name="amount"]');
    const portion = li.querySelector('[name="portion"]');
    return {name: li.getAttribute('data-name') || '', amount: amount ? amount.value : '', portion: portion ? portion.value : ''};
  }

  async function batch(form) {
    if (selected.size === 0) {
      say('Tick one or more foods or recipes first, then “Add selected”.', null, true);
      return;
    }
    const body = new URLSearchParams();
    body.append('_csrf', csrf());
    body.append('mealId', form.querySelector('input[name="mealId"]').value);
    selected.forEach((value, key) => {
      const li = document.querySelector('.food-choice[data-item="' + key + '"]');
      const now = li ? snapshot(li) : value;
      body.append('item', key);
      if (now.amount) {
        body.append('amount.' + key, now.amount);
      }
      if (now.portion) {
        body.append('portion.' + key, now.portion);
      }
    });
    try {
      const json = await post(form.action, body);
      selected.clear();
      document.querySelectorAll('input[name="item"]').forEach(box => { box.checked = false; });
      count();
      await changed(json, json.entries.map(e => e.id));
      afterAdd(null);
    } catch (e) {
      say(e instanceof TypeError ? 'No connection: nothing was added. Try again when you are back online.' : e.message,
        null, true);
    }
  }

  document.addEventListener('submit', event => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;     // offline.js kept it for later
    }
    if (form.id === 'add-search' && addPage()) {
      event.preventDefault();
      search(true);
      return;
    }
    const match = ADD_ACTION.exec(new URL(form.action, location.href).pathname);
    if (!match || form.method.toLowerCase() !== 'post' || form.hasAttribute('data-plain')
        || !(addPage() || form.classList.contains('one-tap'))) {
      return;
    }
    event.preventDefault();
    if (match[2]) {
      batch(form);
    } else {
      single(form);
    }
  });

  // ---- selection for "Add selected"

  function count() {
    const button = document.getElementById('add-selected');
    const hint = document.getElementById('selected-count');
    if (button) {
      button.textContent = selected.size > 0 ? 'Add ' + selected.size + ' selected' : 'Add selected';
    }
    if (hint) {
      hint.textContent = selected.size > 0 ? Array.from(selected.values()).map(v => v.name).join(', ')
        : 'Tick foods or recipes below to add several at once.';
    }
  }

  document.addEventListener('change', event => {
    const t = event.target;
    if (t.name === 'item' && t.type === 'checkbox') {
      const li = t.closest('.food-choice');
      if (t.checked && li) {
        selected.set(t.value, snapshot(li));
      } else {
        selected.delete(t.value);
      }
      document.querySelectorAll('input[name="item"]').forEach(box => {
        if (box.value === t.value) {
          box.checked = t.checked;
        }
      });
      count();
    } else if (t.id === 'mealId' && addPage()) {
      document.querySelectorAll('#add-page input[type="hidden"][name="mealId"]').forEach(i => { i.value = t.value; });
    }
  });

  // ---- the preview

  function preview(li) {
    const out = li.querySelector('output.preview');
    const amountInput = li.querySelector('input[name="amount"]');
    if (!out || !amountInput) {
      return;
    }
    const amount = Number(amountInput.value);
    let factor;
    let what;
    if ((li.getAttribute('data-item') || '').indexOf('recipe:') === 0) {
      factor = amount;
      what = ['serving-kcal', 'serving-protein', 'serving-carbs', 'serving-fat'];
    } else {
      const select = li.querySelector('select[name="portion"]');
      const option = select ? select.options[select.selectedIndex] : null;
      const perUnit = option ? Number(option.getAttribute('data-grams')) : NaN;
      factor = amount * perUnit / 100;
      what = ['kcal', 'protein', 'carbs', 'fat'];
    }
    out.hidden = false;
    const span = li.querySelector('.kcal');
    if (span) {
      span.hidden = true;
    }
    if (!(amount > 0) || !isFinite(factor)) {
      out.textContent = 'Enter an amount greater than 0.';
      return;
    }
    const v = what.map(name => {
      const per = num(li, name);
      return per === null ? null : per * factor;
    });
    out.textContent = kcal(v[0]) + ' kcal · protein ' + grams(v[1]) + ' g · carbs ' + grams(v[2]) + ' g · fat '
      + grams(v[3]) + ' g';
  }

  document.addEventListener('input', event => {
    const li = event.target.closest && event.target.closest('.food-choice');
    if (li && (event.target.name === 'amount' || event.target.name === 'portion')) {
      preview(li);
      if (selected.has(li.getAttribute('data-item'))) {
        selected.set(li.getAttribute('data-item'), snapshot(li));
      }
    } else if (event.target.id === 'q' && addPage()) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => search(false), 150);
    }
  });

  function enhance(root) {
    root.querySelectorAll('.food-choice').forEach(li => {
      li.tabIndex = -1;
      preview(li);
      const box = li.querySelector('input[name="item"]');
      if (box) {
        box.checked = selected.has(box.value);
      }
    });
  }

  // ---- live search

  async function search(now) {
    const page = addPage();
    const q = document.getElementById('q');
    const holder = document.getElementById('add-results-holder');
    if (!page || !q || !holder) {
      return;
    }
    clearTimeout(searchTimer);
    const text = q.value.trim();
    const meal = document.getElementById('mealId');
    const query = 'q=' + encodeURIComponent(text) + (meal ? '&mealId=' + encodeURIComponent(meal.value) : '');
    if (searchAbort) {
      searchAbort.abort();
    }
    if (!now && holder.getAttribute('data-q') === text) {
      return;
    }
    searchAbort = new AbortController();
    try {
      const response = await fetch('/diary/' + page.getAttribute('data-date') + '/add?fragment=1&' + query,
        {headers: {'Accept': 'text/html'}, credentials: 'same-origin', signal: searchAbort.signal});
      const html = await response.text();
      if (q.value.trim() !== text) {
        return;
      }
      const current = document.getElementById('add-results-holder');
      const next = document.createElement('div');
      next.innerHTML = html;
      const fresh = next.querySelector('#add-results-holder');
      if (current && fresh) {
        current.replaceWith(fresh);
        enhance(fresh);
      }
      history.replaceState(history.state, '', '/diary/' + page.getAttribute('data-date') + '/add?' + query);
      if (now) {
        const first = document.querySelector('#add-results .food-choice');
        if (first) {
          first.focus();
        }
      }
    } catch (e) {
      if (e.name !== 'AbortError' && now) {
        document.getElementById('add-search').submit();
      }
    }
  }

  // ---- keys

  function choices() {
    return Array.from(document.querySelectorAll('#add-page .food-choice'));
  }

  document.addEventListener('keydown', event => {
    if (!addPage() || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const t = event.target;
    const typing = t.matches && t.matches('input, textarea, select');
    if (event.key === '/' && !typing) {
      const q = document.getElementById('q');
      if (q) {
        event.preventDefault();
        q.focus();
        q.select();
      }
      return;
    }
    const li = t.classList && t.classList.contains('food-choice') ? t : null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (t.id !== 'q' && !li) {
        return;
      }
      const all = choices();
      if (all.length === 0) {
        return;
      }
      event.preventDefault();
      const at = li ? all.indexOf(li) : -1;
      if (t.id === 'q') {
        if (event.key === 'ArrowDown') {
          all[0].focus();
        }
        return;
      }
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) {
        document.getElementById('q').focus();
      } else if (next < all.length) {
        all[next].focus();
      }
    } else if (li && event.key === 'Enter') {
      const form = li.querySelector('form.add-entry');
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    } else if (li && event.key === ' ') {
      const box = li.querySelector('input[name="item"]');
      if (box) {
        event.preventDefault();
        box.click();
      }
    }
  });

  // ---- the add page in place of the day page (no page load), and back

  async function swap(url, push) {
    const response = await fetch(url, {headers: {'Accept': 'text/html'}, credentials: 'same-origin'});
    if (!response.ok || response.redirected) {
      location.assign(url);
      return;
    }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = doc.getElementById('main');
    const main = document.getElementById('main');
    if (!fresh || !main) {
      location.assign(url);
      return;
    }
    const old = document.getElementById('add-status');
    if (old && !main.contains(old)) {
      old.remove();
    }
    main.innerHTML = fresh.innerHTML;
    document.title = doc.title;
    if (push) {
      history.pushState({swapped: true}, '', url);
      window.scrollTo(0, 0);
    }
    start();
  }

  document.addEventListener('click', event => {
    const a = event.target.closest && event.target.closest('a.add-food, a#back-to-day');
    if (!a || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    swap(a.getAttribute('href'), true).then(() => {
      const q = document.getElementById('q');
      if (q) {
        q.focus();
      }
    }).catch(() => location.assign(a.getAttribute('href')));
  });

  window.addEventListener('popstate', event => {
    if (!event.state || !event.state.swapped) {
      return;
    }
    swap(location.pathname + location.search, false).catch(() => location.reload());
  });

  function start() {
    document.querySelectorAll('.js-only').forEach(el => { el.hidden = false; });
    const page = addPage();
    if (page) {
      enhance(page);
      count();
    }
    history.replaceState({swapped: true}, '');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
