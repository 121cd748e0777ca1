/*
 * "Sell this card" (sell.xhtml): the fee preview follows the price and the image-protection box as
 * they change, asking the fee-preview route (the same fee use case the page's first figures and the
 * sale itself use); a chosen photo is uploaded to the listing-image route, which checks and
 * re-encodes it, and the form then posts the URL it answered. Wired by ids, no inline handlers (CSP).
 */
(function () {
    'use strict';

    var PRICE = /^\d{1,7}([.,]\d{1,2})?$/;

    function start() {
        var preview = document.getElementById('fee-preview');
        var price = document.getElementById('sell-price');
        var protection = document.getElementById('sell-protection');
        if (preview && price) {
            wireFees(preview, price, protection);
        }
        var file = document.getElementById('photo-file');
        if (file) {
            wireUpload(file);
        }
    }

    function wireFees(preview, price, protection) {
        var money = new Intl.NumberFormat(preview.getAttribute('data-lang') || 'en', {style: 'currency', currency: 'EUR'});
        var asked = 0;
        var timer = null;
        function show(id, amount) {
            document.getElementById(id).textContent = amount === null ? '—' : money.format(amount);
        }
        function refresh() {
            var typed = price.value.trim();
            var ask = ++asked;
            if (!PRICE.test(typed) || Number(typed.replace(',', '.')) <= 0) {
                show('fee-marketplace', null);
                show('fee-protection', null);
                show('fee-payout', null);
                document.getElementById('fee-payout').setAttribute('data-amount', '');
                return;
            }
            var url = preview.getAttribute('data-fee-url') + '?price=' + encodeURIComponent(typed.replace(',', '.'))
                + '&image_protection=' + (protection && protection.checked ? 'true' : 'false');
            fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (fees) {
                if (ask !== asked || !fees) {
                    return; // an older answer, or a price the route refused: the newer request draws
                }
                show('fee-marketplace', fees.marketplace_amt);
                show('fee-protection', fees.image_protection_amt);
                show('fee-payout', fees.seller_payout);
                document.getElementById('fee-payout').setAttribute('data-amount', String(fees.seller_payout));
            });
        }
        function soon() {
            clearTimeout(timer);
            timer = setTimeout(refresh, 250);
        }
        price.addEventListener('input', soon);
        if (protection) {
            protection.addEventListener('change', refresh);
        }
    }

    function wireUpload(file) {
        var status = document.getElementById('photo-status');
        var list = document.getElementById('photos');
        list.addEventListener('click', function (event) {
            var remove = event.target.closest('button[data-remove-photo]');
            if (remove) {
                remove.closest('li').remove();
            }
        });
        file.addEventListener('change', function () {
            if (!file.files || file.files.length === 0) {
                return;
            }
            var body = new FormData();
            body.append('file', file.files[0]);
            status.textContent = status.getAttribute('data-uploading');
            fetch(file.getAttribute('data-upload-url'), {method: 'POST', body: body, credentials: 'same-origin',
                headers: {'Accept': 'application/json'}}).then(function (response) {
                return response.json().then(function (answer) {
                    return {ok: response.ok, answer: answer};
                });
            }).then(function (reply) {
                if (!reply.ok || !reply.answer.url) {
                    var detail = reply.answer && typeof reply.answer.detail === 'string' ? ' ' + reply.answer.detail : '';
                    status.textContent = status.getAttribute('data-failed') + detail;
                    return;
                }
                addPhoto(list, reply.answer.url);
                status.textContent = status.getAttribute('data-added');
                file.value = '';
            }).catch(function () {
                status.textContent = status.getAttribute('data-failed');
            });
        });
    }

    function addPhoto(list, url) {
        var item = document.createElement('li');
        var image = document.createElement('img');
        image.src = url;
        image.alt = list.getAttribute('data-alt');
        var field = document.createElement('input');
        field.type = 'hidden';
        field.name = 'image_url';
        field.value = url;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button button-quiet';
        remove.setAttribute('data-remove-photo', '');
        remove.textContent = list.getAttribute('data-remove');
        item.appendChild(image);
        item.appendChild(field);
        item.appendChild(remove);
        list.appendChild(item);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
