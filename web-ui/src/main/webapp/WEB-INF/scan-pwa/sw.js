/* CardVault scan PWA service worker: keeps the app's shell (its two pages, script, style, manifest
   and icons) so the app opens without a network and can be installed. Pages are fetched from the
   network first (they must be current, and a signed-out visit must reach the sign-in redirect);
   when the network fails the kept copy answers. API calls are never cached. */
'use strict';

var SHELL = 'cardvault-scan-shell-v1';
var ASSETS = ['/scan-pwa/app.js', '/scan-pwa/review.js', '/scan-pwa/app.css', '/scan-pwa/manifest.json',
    '/scan-pwa/icon-192.png', '/scan-pwa/icon-512.png'];
var PAGES = ['/scan-pwa', '/scan-pwa/review'];

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(SHELL).then(function (cache) {
        return cache.addAll(ASSETS);
    }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name !== SHELL;
        }).map(function (name) {
            return caches.delete(name);
        }));
    }).then(function () {
        return self.clients.claim();
    }));
});

/* A page the app is showing asks to keep its own shell: fetched with its cookie, kept without its query. */
self.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type !== 'keep-shell' || typeof data.url !== 'string') {
        return;
    }
    var url = new URL(data.url, self.location.origin);
    if (url.origin !== self.location.origin || PAGES.indexOf(url.pathname) < 0) {
        return;
    }
    event.waitUntil(fetch(url.href, {credentials: 'same-origin', redirect: 'manual'}).then(function (response) {
        if (response.ok && response.type === 'basic') {
            return caches.open(SHELL).then(function (cache) {
                return cache.put(url.pathname, response);
            });
        }
        return undefined;
    }).then(function () {
        if (event.source) {
            event.source.postMessage({type: 'shell-kept', url: url.pathname});
        }
    }));
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && PAGES.indexOf(url.pathname) >= 0) {
        event.respondWith(fetch(request).catch(function () {
            return caches.match(url.pathname).then(function (kept) {
                return kept || Response.error();
            });
        }));
        return;
    }
    if (ASSETS.indexOf(url.pathname) >= 0) {
        event.respondWith(fetch(request).then(function (response) {
            if (response.ok) {
                var copy = response.clone();
                caches.open(SHELL).then(function (cache) {
                    cache.put(url.pathname, copy);
                });
            }
            return response;
        }).catch(function () {
            return caches.match(url.pathname).then(function (kept) {
                return kept || Response.error();
            });
        }));
    }
});
