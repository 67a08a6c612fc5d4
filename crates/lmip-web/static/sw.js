// lmip's service worker: keeps the pages a reader saved (a corridor page, the help directory)
// and shows them when there is no connection. Everything else goes to the network as usual.
var CACHE = 'lmip-offline-1';
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener('message', function (e) {
  var pages = (e.data && e.data.save) || [];
  var port = e.ports && e.ports[0];
  e.waitUntil(caches.open(CACHE).then(function (c) {
    // Same-origin paths only: nothing else can be asked for.
    return c.addAll(pages.filter(function (p) { return typeof p === 'string' && p.charAt(0) === '/' && p.charAt(1) !== '/'; }));
  }).then(function () { if (port) port.postMessage({ ok: true }); },
          function () { if (port) port.postMessage({ ok: false }); }));
});
self.addEventListener('fetch', function (e) {
  if (e.request.method !== 'GET' || e.request.mode !== 'navigate') return;
  e.respondWith(fetch(e.request).then(function (r) {
    // A saved page is refreshed whenever it is read online.
    if (r.ok) {
      var copy = r.clone();
      caches.open(CACHE).then(function (c) {
        return c.match(e.request).then(function (old) { if (old) return c.put(e.request, copy); });
      });
    }
    return r;
  }, function () {
    return caches.match(e.request).then(function (r) { return r || Response.error(); });
  }));
});
