/* The offline queue: diary entries added while offline, kept in this browser (IndexedDB) until they are
   sent. Each entry is stored under its client id (a UUID made here), which the server also keeps: sending
   an entry twice (a lost answer, two tabs) logs it once.
   window.OpenPlateQueue: add(entry), all(), remove(clientId), put(entry); every call returns a Promise. */
'use strict';
(function () {
  const DB = 'openplate';
  const STORE = 'diary-queue';
  let opening = null;

  function open() {
    if (!opening) {
      opening = new Promise((resolve, reject) => {
        const request = indexedDB.open(DB, 1);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) {
            request.result.createObjectStore(STORE, {keyPath: 'clientId'});
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => {
          opening = null;
          reject(request.error);
        };
      });
    }
    return opening;
  }

  function run(mode, work) {
    return open().then(db => new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    }));
  }

  function uuid() {
    if (self.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  window.OpenPlateQueue = {
    uuid: uuid,
    /** Keeps an entry (its clientId is the key); resolves when it is stored. */
    add: entry => run('readwrite', store => store.put(entry)).then(() => entry),
    put: entry => run('readwrite', store => store.put(entry)).then(() => entry),
    /** Every kept entry, oldest first. */
    all: () => run('readonly', store => store.getAll())
      .then(list => (list || []).sort((a, b) => a.queuedAt - b.queuedAt)),
    remove: clientId => run('readwrite', store => store.delete(clientId))
  };
})();
