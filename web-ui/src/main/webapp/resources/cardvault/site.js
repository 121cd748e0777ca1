/*
 * The site's own behaviour, wired by data attributes rather than inline handlers: the pages'
 * Content-Security-Policy runs no inline script of ours. Listeners sit on the document, so
 * content that PrimeFaces replaces by ajax (the new key's panel, the key table) needs no rewiring.
 */
(function () {
    'use strict';

    // a card picture that cannot load (offline, or no scan upstream) steps aside: its drawn tile, with the
    // card's name, set and number, is the placeholder. 'error' does not bubble, hence the capture phase;
    // this script runs in the head, so the listener is there before the first picture is requested.
    document.addEventListener('error', function (event) {
        var picture = event.target;
        if (picture instanceof HTMLImageElement && picture.classList.contains('tile-image')) {
            picture.closest('.tile').classList.add('image-failed');
        }
    }, true);

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
    // <form data-import-result="id"> (the collection page's CSV import) posts its file to the API's
    // import route; the collection table is the server's, so a successful import keeps its answer in
    // this tab's sessionStorage and reloads the page, which then shows the answer above the new rows.
    // A refusal (too large, unreadable) is shown at once and nothing reloads.
    var IMPORT_ANSWER = 'cardvault.collection.import';

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function importLines(box, title, lines, describe) {
        if (!lines || !lines.length) {
            return;
        }
        var details = element('details', 'import-lines');
        details.appendChild(element('summary', null, title + ' (' + lines.length + ')'));
        var list = element('ul');
        lines.forEach(function (line) {
            var item = element('li');
            item.appendChild(element('span', 'import-line', box.getAttribute('data-line') + ' ' + line.line));
            item.appendChild(document.createTextNode(' ' + describe(line)));
            list.appendChild(item);
        });
        details.appendChild(list);
        if (title === box.getAttribute('data-rejected')) {
            details.open = true;
        }
        box.appendChild(details);
    }

    function cardOf(line) {
        var name = line.card_name || '';
        return name + (line.set_name ? ' · ' + line.set_name : '') + (line.quantity ? ' × ' + line.quantity : '')
            + (line.condition ? ' · ' + line.condition : '');
    }

    function showImportAnswer(box, answer) {
        box.textContent = '';
        box.className = 'import-result notice';
        var imported = answer.imported || [];
        var merged = answer.merged || [];
        var rejected = answer.rejected || [];
        var counts = element('p', 'import-counts');
        [['data-imported', imported.length, 'import-imported'], ['data-merged', merged.length, 'import-merged'],
            ['data-rejected', rejected.length, 'import-rejected']].forEach(function (count, index) {
            if (index > 0) {
                counts.appendChild(document.createTextNode(' · '));
            }
            counts.appendChild(document.createTextNode(box.getAttribute(count[0]) + ': '));
            var figure = element('strong', null, String(count[1]));
            figure.id = count[2];
            counts.appendChild(figure);
        });
        box.appendChild(element('h3', null, box.getAttribute('data-title')));
        box.appendChild(counts);
        importLines(box, box.getAttribute('data-rejected'), rejected, function (line) {
            return '— ' + line.reason;
        });
        importLines(box, box.getAttribute('data-imported'), imported, cardOf);
        importLines(box, box.getAttribute('data-merged'), merged, function (line) {
            return cardOf(line) + (line.holding_quantity ? ' → ' + line.holding_quantity : '');
        });
        box.hidden = false;
    }

    function showImportRefusal(box, status, body) {
        box.textContent = '';
        box.className = 'import-result form-error';
        box.setAttribute('role', 'alert');
        var detail = body && body.detail;
        var text = Array.isArray(detail)
            ? detail.map(function (problem) { return problem.msg; }).join(' ')
            : (typeof detail === 'string' ? detail : box.getAttribute('data-failed') + ' (' + status + ')');
        box.appendChild(element('p', null, text));
        box.hidden = false;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target.closest('form[data-import-result]');
        if (!form) {
            return;
        }
        event.preventDefault();
        var box = document.getElementById(form.getAttribute('data-import-result'));
        var button = form.querySelector('[type=submit]');
        button.disabled = true;
        fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin',
            headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () {
                    return null;
                }).then(function (body) {
                    if (response.ok && body) {
                        window.sessionStorage.setItem(IMPORT_ANSWER, JSON.stringify(body));
                        window.location.reload();
                        return;
                    }
                    showImportRefusal(box, response.status, body);
                    button.disabled = false;
                });
            }, function () {
                showImportRefusal(box, 0, null);
                button.disabled = false;
            });
    });

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.querySelector('form[data-import-result]');
        var stored = window.sessionStorage.getItem(IMPORT_ANSWER);
        if (form && stored) {
            window.sessionStorage.removeItem(IMPORT_ANSWER);
            showImportAnswer(document.getElementById(form.getAttribute('data-import-result')), JSON.parse(stored));
        }
    });


    // The header bell (#nav-bell, signed-in pages only): the unread count rises live. The page opens the real-time channel
    // with this browser's session cookie, subscribes to the user:<id> topic its welcome frame names, and
    // counts each notification frame; it reconnects with backoff (1 s doubling to 30 s) after a drop.
    // site.js loads in the head, before the header exists: the bell is wired once the document is parsed
    function listenWithTheBell() {
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
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', listenWithTheBell);
    } else {
        listenWithTheBell();
    }
}());

/*
 * Shopper layout (issue 28, part B): the phone header's menu. On narrow screens the stylesheet folds the
 * navigation behind #nav-toggle once this script has marked the header (without script it stays unfolded);
 * the button says whether it is open (aria-expanded) and Escape closes it, handing focus back to the button.
 */
(function () {
    'use strict';

    function setOpen(toggle, menu, open) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        menu.classList.toggle('is-open', open);
    }

    function foldTheMenu() {
        var toggle = document.getElementById('nav-toggle');
        var menu = document.getElementById('site-nav');
        if (!toggle || !menu) {
            return;
        }
        toggle.hidden = false;
        toggle.closest('.site-header').classList.add('has-menu-toggle');
        toggle.addEventListener('click', function () {
            setOpen(toggle, menu, toggle.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
                setOpen(toggle, menu, false);
                toggle.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', foldTheMenu);
    } else {
        foldTheMenu();
    }
}());
