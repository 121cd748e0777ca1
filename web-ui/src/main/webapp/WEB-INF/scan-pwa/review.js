/* CardVault scan PWA: the review screen. The cards come from this phone's scanning (kept in local
   storage) or, with ?session=<id>, from a cross-device scan session the signed-in owner reads. Each
   card can be switched to another candidate or a searched card, or discarded; then saved to the
   collection (variant, condition, quantity) or put up as draft listings. */
(function () {
    'use strict';

    var KEPT_KEY = 'cardvault.scan.kept';
    var params = new URLSearchParams(window.location.search);
    var session = params.get('session');
    var messages = document.getElementById('messages').dataset;
    var list = document.getElementById('review-cards');
    var template = document.getElementById('card-template');
    var status = document.getElementById('review-status');
    var items = [];

    function say(text) {
        status.textContent = text;
    }

    function localItems() {
        try {
            return JSON.parse(window.localStorage.getItem(KEPT_KEY)) || [];
        } catch (e) {
            return [];
        }
    }

    function forgetLocal(saved) {
        if (session) {
            return;
        }
        window.localStorage.setItem(KEPT_KEY, JSON.stringify(localItems().filter(function (item, index) {
            return saved.indexOf(index) < 0;
        })));
    }

    function fromSession(results) {
        return results.filter(function (card) {
            return card.recognition && card.recognition.candidates && card.recognition.candidates.length;
        }).map(function (card) {
            var candidates = card.recognition.candidates;
            return {
                card_id: candidates[0].card_id,
                name: candidates[0].name,
                set_name: candidates[0].set_name,
                confidence: candidates[0].confidence,
                candidates: candidates.slice(0, 5)
            };
        });
    }

    function option(card, selected) {
        var element = document.createElement('option');
        element.value = String(card.card_id);
        element.textContent = card.name + (card.set_name ? ' — ' + card.set_name : '');
        element.selected = Boolean(selected);
        return element;
    }

    function render() {
        list.innerHTML = '';
        document.getElementById('review-empty').hidden = items.length > 0;
        items.forEach(function (item, index) {
            var row = template.content.firstElementChild.cloneNode(true);
            row.dataset.index = String(index);
            row.querySelector('.card-name').textContent = item.name;
            row.querySelector('.card-set').textContent = item.set_name || '';
            var badge = row.querySelector('.confidence');
            badge.textContent = item.confidence || '';
            badge.className = 'confidence ' + (item.confidence || '');
            var choice = row.querySelector('.card-choice');
            var seen = {};
            [item].concat(item.candidates || []).forEach(function (card) {
                if (!seen[card.card_id]) {
                    seen[card.card_id] = true;
                    choice.appendChild(option(card, card.card_id === item.card_id));
                }
            });
            choice.addEventListener('change', function () {
                var picked = choice.options[choice.selectedIndex];
                item.card_id = Number(picked.value);
                item.name = picked.textContent.split(' — ')[0];
                item.set_name = picked.textContent.split(' — ')[1] || '';
                row.querySelector('.card-name').textContent = item.name;
                row.querySelector('.card-set').textContent = item.set_name;
            });
            var search = row.querySelector('.card-search');
            var timer = null;
            search.addEventListener('input', function () {
                window.clearTimeout(timer);
                timer = window.setTimeout(function () {
                    searchCards(search.value, choice, item);
                }, 350);
            });
            row.querySelector('.card-discard').addEventListener('click', function () {
                item.discarded = true;
                row.remove();
                document.getElementById('review-empty').hidden = items.some(function (entry) {
                    return !entry.discarded;
                });
            });
            list.appendChild(row);
        });
    }

    function searchCards(text, choice, item) {
        if (!text || text.trim().length < 2) {
            return;
        }
        fetch('/api/search?limit=8&q=' + encodeURIComponent(text.trim()), {credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.json() : {items: []};
        }).then(function (answer) {
            if (!answer.items || !answer.items.length) {
                say(messages.noResults);
                return;
            }
            choice.innerHTML = '';
            choice.appendChild(option(item, true));
            answer.items.forEach(function (card) {
                if (card.id !== item.card_id) {
                    choice.appendChild(option({card_id: card.id, name: card.name, set_name: card.set_name}, false));
                }
            });
            choice.focus();
        });
    }

    /** The kept cards with the row's fields, in screen order. */
    function chosen() {
        return Array.prototype.map.call(list.querySelectorAll('.card-row'), function (row) {
            var index = Number(row.dataset.index);
            var variant = row.querySelector('.card-variant').value.trim();
            var price = row.querySelector('.card-price').value.trim();
            return {
                index: index,
                card_id: items[index].card_id,
                variant: variant || null,
                condition: row.querySelector('.card-condition').value,
                quantity: Math.max(1, parseInt(row.querySelector('.card-quantity').value, 10) || 1),
                price: price ? Number(price) : null
            };
        });
    }

    function postJson(url, body) {
        return fetch(url, {
            method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                return {ok: response.ok, status: response.status, json: json};
            });
        });
    }

    function saveToCollection() {
        var cards = chosen();
        var done = [];
        cards.reduce(function (previous, card) {
            return previous.then(function () {
                var body = {card_id: card.card_id, quantity: card.quantity, condition: card.condition};
                if (card.variant) {
                    body.variant = card.variant;
                }
                return postJson('/collection/add', body).then(function (answer) {
                    if (answer.ok) {
                        done.push(card.index);
                    }
                });
            });
        }, Promise.resolve()).then(function () {
            say(done.length === cards.length ? messages.saved.replace('{0}', String(done.length)) : messages.failed);
            forgetLocal(done);
        });
    }

    function createListings() {
        var cards = chosen();
        if (cards.some(function (card) {
            return card.price === null;
        })) {
            say(messages.priceNeeded);
            return;
        }
        var made = 0;
        var refusal = null;
        cards.reduce(function (previous, card) {
            return previous.then(function () {
                var body = {card_id: card.card_id, price: card.price, condition: card.condition, quantity: card.quantity};
                if (card.variant) {
                    body.variant = card.variant;
                }
                return postJson('/seller/listings/drafts', body).then(function (answer) {
                    if (answer.ok) {
                        made += 1;
                    } else if (answer.status === 403) {
                        refusal = messages.seller;
                    }
                });
            });
        }, Promise.resolve()).then(function () {
            say(refusal || (made === cards.length ? messages.listed.replace('{0}', String(made)) : messages.failed));
        });
    }

    document.getElementById('save-collection').addEventListener('click', saveToCollection);
    document.getElementById('create-listings').addEventListener('click', createListings);

    if (session) {
        say(messages.loading);
        fetch('/api/scan-sessions/' + encodeURIComponent(session), {credentials: 'same-origin'}).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        }).then(function (answer) {
            items = fromSession(answer.results || []);
            say('');
            render();
        }).catch(function () {
            say(messages.failed);
        });
    } else {
        items = localItems();
        render();
    }
}());
