/*
 * The site's own behaviour, wired by data attributes rather than inline handlers: the pages'
 * Content-Security-Policy runs no inline script of ours. Listeners sit on the document, so
 * content that PrimeFaces replaces by ajax (the new key's panel, the key table) needs no rewiring.
 */
(function () {
    'use strict';

    // <button data-copy="id" data-copied="Copied"> copies the text of element #id, then says so
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy'));
        navigator.clipboard.writeText(source.textContent).then(function () {
            button.textContent = button.getAttribute('data-copied');
        });
    });

    // data-confirm="question": a "no" ends the click here, in the capture phase, before the
    // control's own handlers (PrimeFaces' ajax request) or the form submission see it
    document.addEventListener('click', function (event) {
        var guarded = event.target.closest('[data-confirm]');
        if (guarded && !window.confirm(guarded.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    // The header bell (#nav-bell, signed-in pages only): the unread count rises live. The page opens the real-time channel
    // with this browser's session cookie, subscribes to the user:<id> topic its welcome frame names, and
    // counts each notification frame; it reconnects with backoff (1 s doubling to 30 s) after a drop.
    var bell = document.getElementById('nav-bell');
    if (bell && 'WebSocket' in window) {
        var count = bell.querySelector('.bell-count');
        var backoff = 1000;
        var connect = function () {
            var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/v1');
            socket.onmessage = function (event) {
                var frame = JSON.parse(event.data);
                if (frame.type === 'welcome') {
                    backoff = 1000;
                    if (frame.user_id) {
                        socket.send(JSON.stringify({ type: 'subscribe', topic: 'user:' + frame.user_id }));
                    }
                } else if (frame.type === 'subscribed') {
                    bell.setAttribute('data-live', ''); // from now on the count follows the topic
                } else if (frame.type === 'ping') {
                    socket.send(JSON.stringify({ type: 'pong' }));
                } else if (frame.type === 'notification') {
                    count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
                    count.classList.remove('bell-none', 'bell-new');
                    void count.offsetWidth; // restarts the pop animation for a second arrival
                    count.classList.add('bell-new');
                    if (frame.data && frame.data.title) {
                        bell.title = frame.data.title;
                    }
                }
            };
            socket.onclose = function () {
                bell.removeAttribute('data-live');
                setTimeout(connect, backoff);
                backoff = Math.min(backoff * 2, 30000);
            };
        };
        connect();
    }
}());
