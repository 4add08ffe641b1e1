/* Installable and usable offline (progressive enhancement: without it every page works online).
   - Registers the service worker (/sw.js), which keeps the diary's day pages and recent foods for offline use.
   - Shows a banner while the browser is offline.
   - Every diary add form gets a fresh client id (a UUID) when it is sent, so the server logs it once.
   - Offline, an add is not sent: it waits in this browser (OpenPlateQueue, IndexedDB), shows as
     "pending" in its meal, and is sent through the diary API when the connection returns. Only the user
     who queued an entry sends it; a sign-out leaves it waiting for that user. */
'use strict';
(function () {
  const ADD_ACTION = /^\/diary\/(\d{4}-\d{2}-\d{2})\/entries$/;
  const DAY_PAGE = /^\/diary\/(\d{4}-\d{2}-\d{2})$/;
  const FIELDS = ['foodId', 'recipeId', 'mealId', 'amount', 'portion', 'kcal', 'protein', 'carbs', 'fat', 'name'];
  const NUMBERS = ['foodId', 'recipeId', 'mealId', 'amount', 'kcal', 'protein', 'carbs', 'fat'];
  const queue = window.OpenPlateQueue;
  let sending = false;
  // A send that finds no connection (or a server that cannot answer yet) is tried again, waiting 2 s and
  // doubling up to a minute: "online" can come before the connection really works, or not come at all.
  const FIRST_RETRY_MS = 2000;
  const LAST_RETRY_MS = 60000;
  let retryDelay = FIRST_RETRY_MS;
  let retryTimer = null;

  function retryLater() {
    if (retryTimer !== null) {
      return;
    }
    retryTimer = setTimeout(() => {
      retryTimer = null;
      send();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, LAST_RETRY_MS);
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(() => undefined);
  }

  function uid() {
    return document.body ? document.body.getAttribute('data-uid') || '' : '';
  }

  function csrf() {
    const input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function addAction(form) {
    if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
      return null;
    }
    const match = ADD_ACTION.exec(new URL(form.action, location.href).pathname);
    return match ? match[1] : null;
  }

  // ---- the banner

  function banner() {
    let el = document.getElementById('offline-banner');
    if (!navigator.onLine) {
      if (!el) {
        el = document.createElement('p');
        el.id = 'offline-banner';
        el.className = 'offline-banner';
        el.setAttribute('role', 'status');
        const lead = document.createElement('strong');
        lead.textContent = 'You are offline.';
        el.appendChild(lead);
        el.appendChild(document.createTextNode(uid()
          ? ' Pages show what was last loaded; food you add is kept on this device and sent when you are back online.'
          : ' Pages show what was last loaded.'));
        const main = document.getElementById('main');
        (main ? main.parentNode : document.body).insertBefore(el, main);
      }
    } else if (el) {
      el.remove();
    }
  }

  function say(text) {
    let el = document.getElementById('offline-status');
    if (!el) {
      el = document.createElement('p');
      el.id = 'offline-status';
      el.className = 'notice offline-status';
      el.setAttribute('role', 'status');
      const main = document.getElementById('main');
      (main ? main.parentNode : document.body).insertBefore(el, main);
    }
    el.textContent = text;
  }

  // ---- queueing an add made offline

  function describe(form, fields) {
    const item = form.closest('li');
    const title = item && item.querySelector('strong');
    let label = title ? title.textContent.trim() : '';
    if (!label) {
      label = fields.name || (fields.kcal !== undefined ? 'Quick add' : 'Food');
    }
    if (fields.kcal !== undefined) {
      return label + ' · ' + fields.kcal + ' kcal';
    }
    if (fields.amount !== undefined) {
      return label + ' · ' + fields.amount + (fields.portion ? ' × ' + fields.portion : '');
    }
    return label;
  }

  function capture(form, date, clientId) {
    const data = new FormData(form);
    const fields = {};
    FIELDS.forEach(name => {
      const v = data.get(name);
      if (v !== null && String(v).trim() !== '') {
        fields[name] = String(v).trim();
      }
    });
    return {clientId: clientId, date: date, fields: fields, label: describe(form, fields), uid: uid(),
      csrf: data.get('_csrf') || csrf(), queuedAt: Date.now(), status: 'pending'};
  }

  document.addEventListener('submit', event => {
    const form = event.target;
    const date = addAction(form);
    if (!date) {
      return;
    }
    // a fresh id for every add: the server logs an add sent twice (a retry) once
    let input = form.querySelector('input[name="clientId"]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'clientId';
      form.appendChild(input);
    }
    input.value = queue ? queue.uuid() : '';
    if (navigator.onLine || !queue || !uid()) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const entry = capture(form, date, input.value);
    queue.add(entry).then(() => {
      say('Saved on this device: ' + entry.label + '. It will be added to your diary when you are back online.');
      showPending();
      const details = form.closest('details');
      if (details) {
        details.open = false;
      }
    }).catch(() => say('This browser could not keep the entry offline. Try again when you are back online.'));
  }, true);

  // ---- showing what waits

  function showPending() {
    const day = DAY_PAGE.exec(location.pathname);
    if (!day || !queue) {
      return Promise.resolve();
    }
    return queue.all().then(entries => {
      document.querySelectorAll('.pending-entries').forEach(el => el.remove());
      entries.filter(e => e.date === day[1] && e.uid === uid()).forEach(e => {
        const meal = (e.fields.mealId && document.getElementById('meal-' + e.fields.mealId))
          || document.querySelector('section.meal');
        if (!meal) {
          return;
        }
        let list = meal.querySelector('.pending-entries');
        if (!list) {
          list = document.createElement('ul');
          list.className = 'pending-entries';
          list.setAttribute('aria-label', 'Waiting to be sent');
          const actions = meal.querySelector('.meal-actions');
          meal.insertBefore(list, actions);
        }
        const li = document.createElement('li');
        li.className = 'pending-entry' + (e.status === 'rejected' ? ' rejected' : '');
        li.setAttribute('data-client-id', e.clientId);
        li.appendChild(document.createTextNode(e.label + ' '));
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = e.status === 'rejected' ? 'not saved' : 'pending';
        li.appendChild(tag);
        if (e.status === 'rejected') {
          li.appendChild(document.createTextNode(' ' + (e.message || '')));
          const drop = document.createElement('button');
          drop.type = 'button';
          drop.className = 'link';
          drop.textContent = 'Dismiss';
          drop.addEventListener('click', () => queue.remove(e.clientId).then(showPending));
          li.appendChild(document.createTextNode(' '));
          li.appendChild(drop);
        }
        list.appendChild(li);
      });
    }).catch(() => undefined);
  }

  // ---- sending when back online

  function body(entry) {
    const out = {date: entry.date, clientId: entry.clientId};
    Object.keys(entry.fields).forEach(name => {
      const v = entry.fields[name];
      out[name] = NUMBERS.indexOf(name) >= 0 && v !== '' && isFinite(Number(v)) ? Number(v) : v;
    });
    return JSON.stringify(out);
  }

  async function send() {
    if (sending || !navigator.onLine || !queue || !uid()) {
      return;
    }
    sending = true;
    let sent = 0;
    let retry = false;
    try {
      const entries = (await queue.all()).filter(e => e.uid === uid() && e.status !== 'rejected');
      for (const entry of entries) {
        let response;
        try {
          response = await fetch('/api/v1/diary/entries', {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf() || entry.csrf},
            body: body(entry)});
        } catch (offline) {
          retry = true;    // still no connection: try again shortly, on the next 'online' or page load
          break;
        }
        if (response.ok) {
          await queue.remove(entry.clientId);
          sent++;
        } else if (response.status === 400 || response.status === 404 || response.status === 413) {
          let message = '';
          try {
            message = (await response.json()).message || '';
          } catch (notJson) {
            message = '';
          }
          entry.status = 'rejected';
          entry.message = message;
          await queue.put(entry);
        } else {
          retry = response.status === 429 || response.status >= 500;
          break;    // signed out, throttled or a server fault: keep everything for later
        }
      }
    } catch (storage) {
      // IndexedDB unavailable: nothing was queued
    } finally {
      sending = false;
    }
    if (retry) {
      retryLater();
    } else {
      retryDelay = FIRST_RETRY_MS;
    }
    if (sent > 0) {
      const text = sent === 1 ? 'Added 1 entry saved while offline.' : 'Added ' + sent + ' entries saved while offline.';
      if (DAY_PAGE.test(location.pathname)) {
        location.replace(location.pathname + '?notice=' + encodeURIComponent(text));
      } else {
        say(text);
      }
    } else {
      showPending();
    }
  }

  function start() {
    if (document.body && document.body.classList.contains('anonymous')) {
      // no one signed in (or just signed out): forget the diary pages kept for offline use
      if ('caches' in window) {
        caches.delete('openplate-pages').catch(() => undefined);
      }
    }
    banner();
    showPending().then(send);
  }

  window.addEventListener('online', () => {
    banner();
    send();
  });
  window.addEventListener('offline', banner);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
