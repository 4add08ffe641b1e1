/* OpenPlate's service worker (served at /sw.js, scope /).
   - On install it stores the shell: styles, scripts and icons every page uses.
   - Diary day pages, the add page (its recent and frequent foods) and the recent-foods data go to the
     network first; a good answer is kept, and when the network fails the kept copy answers, so today's
     diary and the recent foods open offline (read-only: adding waits in the page's offline queue).
   - Other static files: the kept copy answers at once and is refreshed in the background.
   - Everything else (other pages, API calls, every POST) goes to the network untouched.
   The server replaces __VERSION__ with a hash of this file and the shell files, so a release that
   changes them installs a new worker, which drops the caches of the old one. */
'use strict';

const VERSION = '__VERSION__';
const SHELL = 'openplate-shell-' + VERSION;
const PAGES = 'openplate-pages';
const SHELL_FILES = ['/static/app.css', '/static/forms.css', '/static/charts.css', '/static/offline.css',
  '/static/app.js', '/static/offline-queue.js', '/static/offline.js', '/static/add.css', '/static/diary-add.js', '/static/icons.svg', '/favicon.svg',
  '/static/icons/icon-192.png', '/manifest.webmanifest'];
const DAY = /^\/diary\/\d{4}-\d{2}-\d{2}$/;
const ADD = /^\/diary\/\d{4}-\d{2}-\d{2}\/add$/;
const DATA = /^\/api\/v1\/diary\/(recent|frequent|meals)$|^\/api\/v1\/diary\/days\/\d{4}-\d{2}-\d{2}$/;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(c => c.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('openplate-shell-') && k !== SHELL)
      .map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  const path = url.pathname;
  if (request.mode === 'navigate' && (path === '/diary' || DAY.test(path) || (ADD.test(path) && !url.searchParams.has('q')))) {
    event.respondWith(networkFirst(request, path));
  } else if (DATA.test(path)) {
    event.respondWith(networkFirst(request, path + url.search));
  } else if (path.startsWith('/static/') || path === '/favicon.svg' || path === '/manifest.webmanifest') {
    event.respondWith(staleWhileRevalidate(request));
  }
});

/** Asks the network; keeps a good answer under {@code key}; answers from the kept copy when offline. */
async function networkFirst(request, key) {
  try {
    const response = await fetch(request);
    if (response.ok && isDiaryAnswer(response)) {
      await keep(response, key, request.mode === 'navigate');
    }
    return response;
  } catch (offline) {
    const kept = await cached(key);
    if (kept) {
      return kept;
    }
    return offlinePage(key);
  }
}

/** Only the diary's own answers are kept (not a sign-in page the diary redirected to). */
function isDiaryAnswer(response) {
  const final = new URL(response.url || self.location.origin);
  return final.pathname.startsWith('/diary') || final.pathname.startsWith('/api/v1/diary');
}

async function keep(response, key, page) {
  const cache = await caches.open(PAGES);
  // a redirected answer (/diary → /diary/today) cannot answer a navigation as is: keep a plain copy
  const copy = new Response(await response.clone().blob(), {status: response.status, statusText: response.statusText,
    headers: response.headers});
  await cache.put(key, copy.clone());
  if (page && response.redirected) {
    await cache.put(new URL(response.url).pathname, copy);
  }
}

async function cached(key) {
  const cache = await caches.open(PAGES);
  const hit = await cache.match(key);
  if (hit || key !== '/diary') {
    return hit;
  }
  // today's diary by this device's clock, else the latest day kept
  const now = new Date();
  const today = '/diary/' + now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-'
    + String(now.getDate()).padStart(2, '0');
  const todays = await cache.match(today);
  if (todays) {
    return todays;
  }
  const days = (await cache.keys()).map(r => new URL(r.url).pathname).filter(p => DAY.test(p)).sort();
  return days.length ? cache.match(days[days.length - 1]) : undefined;
}

function offlinePage(key) {
  if (key.startsWith('/api/')) {
    return new Response(JSON.stringify({error: 'offline', message: 'You are offline and this was not kept for offline use.'}),
      {status: 503, headers: {'Content-Type': 'application/json'}});
  }
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · OpenPlate</title>'
    + '<link rel="stylesheet" href="/static/app.css"></head><body><main id="main" class="offline-page">'
    + '<h1>You are offline</h1><p>This page was not kept for offline use. Days you opened while online, and '
    + 'the add page with your recent foods, open offline.</p><p><a href="/diary">Open today\'s diary</a></p>'
    + '</main></body></html>';
  return new Response(html, {status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

async function staleWhileRevalidate(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, {ignoreSearch: true});
  const refresh = fetch(request).then(response => {
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  });
  if (hit) {
    refresh.catch(() => undefined);
    return hit;
  }
  return refresh;
}
