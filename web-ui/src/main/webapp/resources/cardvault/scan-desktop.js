/* "Scan with your phone" (/en/scan, /nl/scan): opens a scan session, shows its QR code and confirmation
   code, and fills in live from the session's server-sent events as the phone claims it, sends photos and
   cards, and completes; then links to the review screen. */
(function () {
    'use strict';

    var start = document.getElementById('scan-start');
    if (!start) {
        return;
    }
    var messages = document.getElementById('scan-messages').dataset;
    var status = document.getElementById('scan-status');
    var cards = document.getElementById('scan-cards');
    var stream = null;

    function format(template) {
        var values = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d)}/g, function (match, index) {
            return values[Number(index)] === undefined ? match : String(values[Number(index)]);
        });
    }

    function say(text) {
        status.textContent = text;
    }

    function row(index) {
        var id = 'scan-card-' + index;
        var item = document.getElementById(id);
        if (!item) {
            item = document.createElement('li');
            item.id = id;
            cards.appendChild(item);
        }
        return item;
    }

    /** The capture advice of a recognition ({code, side} each) as sentences, for the next photo. */
    function captureTips(quality) {
        var advice = (quality && Array.isArray(quality.advice)) ? quality.advice : [];
        return advice.map(function (entry) {
            var name = ('advice-' + entry.code + (entry.side ? '-' + entry.side : '')).replace(/[-_]([a-z])/g, function (match, letter) {
                return letter.toUpperCase();
            });
            return messages[name] || '';
        }).filter(Boolean).join(' ');
    }

        function listen(session) {
        stream = new EventSource('/api/scan-sessions/' + encodeURIComponent(session.session_id) + '/sse');
        stream.addEventListener('claimed', function (event) {
            say(format(messages.connected, JSON.parse(event.data).device_name));
        });
        stream.addEventListener('photo', function (event) {
            var data = JSON.parse(event.data);
            row(data.card_index).textContent = format(messages.photo, data.card_index + 1);
        });
        stream.addEventListener('result', function (event) {
            var data = JSON.parse(event.data);
            var best = data.recognition && data.recognition.candidates && data.recognition.candidates[0];
            var item = row(data.card_index);
            item.textContent = best ? format(messages.result, data.card_index + 1, best.name, best.confidence) : '?';
            item.className = 'scan-card ' + (best ? best.confidence : '');
            var tips = captureTips(data.recognition && data.recognition.capture_quality);
            if (tips) {
                var tip = document.createElement('span');
                tip.className = 'scan-advice';
                tip.textContent = messages.advice + ' ' + tips;
                item.appendChild(tip);
            }
        });
        stream.addEventListener('completed', function (event) {
            stream.close();
            say(format(messages.completed, JSON.parse(event.data).count));
            var review = document.getElementById('scan-review');
            review.href = '/scan-pwa/review?session=' + encodeURIComponent(session.session_id);
            review.hidden = false;
        });
        stream.addEventListener('error', function () {
            if (stream.readyState === EventSource.CLOSED) {
                say(messages.expired);
            }
        });
    }

    start.addEventListener('click', function () {
        start.disabled = true;
        if (stream) {
            stream.close();
        }
        cards.innerHTML = '';
        fetch('/api/scan-sessions', {method: 'POST', credentials: 'same-origin'}).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        }).then(function (session) {
            document.getElementById('scan-qr').src = session.qr_url;
            document.getElementById('scan-code').textContent = session.confirmation_code;
            document.getElementById('scan-deeplink').href = session.deeplink;
            document.getElementById('scan-review').hidden = true;
            document.getElementById('scan-pairing').hidden = false;
            say(messages.waiting);
            listen(session);
        }).catch(function () {
            say(messages.failed);
        }).then(function () {
            start.disabled = false;
        });
    });
}());
