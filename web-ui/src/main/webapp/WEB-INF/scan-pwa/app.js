/* CardVault scan PWA: the camera page. Two ways in: signed in (recognise here, keep cards for the
   review screen), or paired with a desktop through the deeplink's session and token (each photo goes
   to the scan session; the server recognises it and the desktop fills in live). */
(function () {
    'use strict';

    var KEPT_KEY = 'cardvault.scan.kept';
    var DETECT_EVERY_MS = 1500;
    var DETECT_WIDTH = 640;

    var params = new URLSearchParams(window.location.search);
    var session = params.get('session');
    var token = params.get('t');
    var paired = Boolean(session && token);

    var video = document.getElementById('camera');
    var overlay = document.getElementById('outline');
    var hint = document.getElementById('hint');
    var captureButton = document.getElementById('capture');
    var finishButton = document.getElementById('finish');
    var candidateBox = document.getElementById('candidate');
    var choices = document.getElementById('choices');
    var keepButton = document.getElementById('keep');
    var messages = document.getElementById('messages').dataset;

    var busy = false;
    var current = null; // {recognition, chosen, cardIndex}
    var photoCount = 0;
    var previewing = true; // the outline preview runs until a paired session ends

    function say(text) {
        hint.textContent = text;
    }

    function kept() {
        try {
            return JSON.parse(window.localStorage.getItem(KEPT_KEY)) || [];
        } catch (e) {
            return [];
        }
    }

    function showKeptCount() {
        document.getElementById('kept-count').textContent = String(kept().length);
    }

    function registerServiceWorker() {
        if (!('serviceWorker' in navigator)) {
            return;
        }
        navigator.serviceWorker.register('/scan-pwa/sw.js', {scope: '/scan-pwa'}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            // keep this page's shell for offline starts (fetched with the query that let us in)
            registration.active.postMessage({type: 'keep-shell', url: window.location.pathname + window.location.search});
        }).catch(function () {
            // no service worker (private mode, an old browser): the app still works online
        });
    }

    function showOnline() {
        document.getElementById('offline-note').hidden = navigator.onLine;
    }

    function startCamera() {
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            say(messages.noCamera);
            return;
        }
        navigator.mediaDevices.getUserMedia({
            audio: false,
            video: {facingMode: 'environment', width: {ideal: 1280}, height: {ideal: 960}}
        }).then(function (stream) {
            video.srcObject = stream;
            return video.play();
        }).then(function () {
            captureButton.disabled = false;
            say(messages.looking);
            window.setTimeout(detectLoop, DETECT_EVERY_MS);
        }).catch(function () {
            say(messages.noCamera);
        });
    }

    /** The current frame as a JPEG, at most maxWidth wide. */
    function frame(maxWidth) {
        var width = video.videoWidth;
        var height = video.videoHeight;
        var scale = maxWidth && width > maxWidth ? maxWidth / width : 1;
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
        return new Promise(function (resolve) {
            canvas.toBlob(resolve, 'image/jpeg', 0.9);
        }).then(function (blob) {
            return {blob: blob, width: canvas.width, height: canvas.height};
        });
    }

    function post(url, body, headers) {
        return fetch(url, {method: 'POST', body: body, credentials: 'same-origin', headers: headers || {}})
            .then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (json) {
                    if (!response.ok) {
                        var error = new Error('HTTP ' + response.status);
                        error.status = response.status;
                        error.body = json;
                        throw error;
                    }
                    return json;
                });
            });
    }

    function imageForm(field, blob) {
        var form = new FormData();
        form.append(field, blob, 'frame.jpg');
        return form;
    }

    /** One piece of capture advice ({code, side}) as its sentence: data-advice-cut-off-left and so on. */
    function adviceText(entry) {
        var name = ('advice-' + entry.code + (entry.side ? '-' + entry.side : '')).replace(/[-_]([a-z])/g, function (match, letter) {
            return letter.toUpperCase();
        });
        return messages[name] || '';
    }

    /** The most pressing advice first (the server orders it), or what to say when there is none. */
    function hintFor(answer) {
        var advice = (answer.advice || []).map(adviceText).filter(Boolean);
        if (advice.length) {
            return advice[0];
        }
        return answer.card_found ? messages.found : messages.moveCloser;
    }

    /**
     * The outline hint: the card's contour drawn over the camera and the advice (cut off, too far, glare, …).
     * A paired phone is not signed in: the session's token admits it.
     */
    function detectLoop() {
        if (!previewing) {
            return;
        }
        if (busy || video.readyState < 2 || document.hidden) {
            window.setTimeout(detectLoop, DETECT_EVERY_MS);
            return;
        }
        var headers = paired ? {'X-Scan-Token': token, 'X-Scan-Session': session} : {};
        frame(DETECT_WIDTH).then(function (shot) {
            return post('/api/cards/recognize/detect', imageForm('image', shot.blob), headers).then(function (answer) {
                drawOutline(answer.card_found ? answer.contour : null, shot.width, shot.height);
                overlay.dataset.cardFound = String(Boolean(answer.card_found));
                if (!busy && !current) {
                    say(hintFor(answer));
                }
            });
        }).catch(function (error) {
            drawOutline(null);
            if (paired && error && error.status === 401) {
                previewing = false; // the session is over (completed or expired): its token opens nothing any more
            }
        }).then(function () {
            window.setTimeout(detectLoop, DETECT_EVERY_MS);
        });
    }

    function drawOutline(contour, width, height) {
        var rect = overlay.getBoundingClientRect();
        overlay.width = rect.width;
        overlay.height = rect.height;
        var context = overlay.getContext('2d');
        context.clearRect(0, 0, overlay.width, overlay.height);
        if (!contour || contour.length < 4) {
            return;
        }
        // the video is shown with object-fit: cover; map frame pixels to the box the same way
        var scale = Math.max(rect.width / width, rect.height / height);
        var dx = (rect.width - width * scale) / 2;
        var dy = (rect.height - height * scale) / 2;
        context.strokeStyle = '#7fd1ff';
        context.lineWidth = 4;
        context.beginPath();
        contour.forEach(function (point, index) {
            var x = point[0] * scale + dx;
            var y = point[1] * scale + dy;
            if (index === 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        });
        context.closePath();
        context.stroke();
    }

    function capture() {
        if (busy) {
            return;
        }
        busy = true;
        captureButton.disabled = true;
        say(messages.recognising);
        frame(0).then(function (shot) {
            return paired ? sendToSession(shot.blob) : post('/api/cards/recognize', imageForm('image', shot.blob))
                .then(function (recognition) {
                    return {recognition: recognition, cardIndex: null};
                });
        }).then(function (result) {
            showCandidate(result.recognition, result.cardIndex);
        }).catch(function (error) {
            say(error && error.body && typeof error.body.detail === 'string' ? error.body.detail : messages.failed);
        }).then(function () {
            busy = false;
            captureButton.disabled = false;
        });
    }

    /** Paired: the photo goes to the session, then the card is reported and recognised by the server. */
    function sendToSession(blob) {
        var base = '/api/scan-sessions/' + encodeURIComponent(session);
        var headers = {'X-Scan-Token': token};
        return post(base + '/upload-photo', imageForm('file', blob), headers).then(function (photo) {
            photoCount += 1;
            var report = {cards: [{card_index: photo.card_index, captured_at: new Date().toISOString(), image_url: photo.image_url}]};
            return post(base + '/results', JSON.stringify(report), {'X-Scan-Token': token, 'Content-Type': 'application/json'})
                .then(function (answer) {
                    var card = answer.session.results.filter(function (entry) {
                        return entry.card_index === photo.card_index;
                    })[0];
                    return {recognition: card.recognition, cardIndex: photo.card_index};
                });
        });
    }

    function confidenceWord(bucket) {
        return messages.confidence.replace('{0}', bucket || '?');
    }

    function advice(quality) {
        if (!quality) {
            return '';
        }
        if (Array.isArray(quality.advice)) {
            var texts = quality.advice.map(adviceText).filter(Boolean);
            return texts.length ? texts.join(' ') : messages.good;
        }
        // a recognition reported before the advice existed (kept in a session's results)
        if (quality.glare_severity && quality.glare_severity !== 'none') {
            return messages.glare;
        }
        if (typeof quality.overall_score === 'number' && quality.overall_score < 0.5) {
            return messages.blur;
        }
        return messages.good;
    }

    function showCandidate(recognition, cardIndex) {
        var candidates = (recognition && recognition.candidates) || [];
        current = {recognition: recognition, chosen: candidates[0] || null, cardIndex: cardIndex};
        candidateBox.hidden = false;
        choices.innerHTML = '';
        if (!candidates.length) {
            document.getElementById('candidate-name').textContent = messages.none;
            document.getElementById('candidate-set').textContent = '';
            document.getElementById('candidate-confidence').textContent = '';
            document.getElementById('candidate-score').textContent = '';
            document.getElementById('quality-advice').textContent = advice(recognition && recognition.capture_quality);
            keepButton.disabled = true;
            say(messages.none);
            return;
        }
        var best = candidates[0];
        var unsure = best.confidence === 'low' || best.confidence === 'conflict';
        showChosen(best);
        var badge = document.getElementById('candidate-confidence');
        badge.textContent = confidenceWord(best.confidence);
        badge.className = 'confidence ' + best.confidence;
        document.getElementById('candidate-score').textContent = Math.round(best.score * 100) + ' %';
        document.getElementById('quality-advice').textContent = advice(recognition.capture_quality);
        document.getElementById('choose-note').hidden = !unsure;
        choices.hidden = !unsure;
        if (unsure) {
            candidates.slice(0, 5).forEach(function (candidate) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'choice';
                button.dataset.cardId = String(candidate.card_id);
                button.textContent = candidate.name + ' — ' + (candidate.set_name || '');
                button.addEventListener('click', function () {
                    choose(candidate);
                });
                choices.appendChild(button);
            });
        }
        keepButton.disabled = unsure && !paired;
        say(best.name);
    }

    function showChosen(candidate) {
        document.getElementById('candidate-name').textContent = candidate.name;
        document.getElementById('candidate-set').textContent = [candidate.set_name, candidate.tcg_slug].filter(Boolean).join(' · ');
    }

    function choose(candidate) {
        current.chosen = candidate;
        showChosen(candidate);
        keepButton.disabled = false;
        if (paired && current.cardIndex !== null) {
            // tell the session which card it was: the chosen candidate first, the rest after it
            var others = current.recognition.candidates.filter(function (entry) {
                return entry.card_id !== candidate.card_id;
            });
            var recognition = Object.assign({}, current.recognition, {candidates: [candidate].concat(others), chosen: true});
            post('/api/scan-sessions/' + encodeURIComponent(session) + '/results',
                JSON.stringify({cards: [{card_index: current.cardIndex, recognition: recognition}]}),
                {'X-Scan-Token': token, 'Content-Type': 'application/json'}).catch(function () {
                say(messages.failed);
            });
        }
    }

    function keepCurrent() {
        if (!current || !current.chosen) {
            return;
        }
        if (!paired) {
            var list = kept();
            list.push({
                card_id: current.chosen.card_id,
                name: current.chosen.name,
                set_name: current.chosen.set_name,
                tcg_slug: current.chosen.tcg_slug,
                confidence: current.chosen.confidence,
                candidates: (current.recognition.candidates || []).slice(0, 5).map(function (candidate) {
                    return {card_id: candidate.card_id, name: candidate.name, set_name: candidate.set_name};
                })
            });
            window.localStorage.setItem(KEPT_KEY, JSON.stringify(list));
            showKeptCount();
            say(messages.kept);
        } else {
            say(messages.sent);
        }
        current = null;
        candidateBox.hidden = true;
    }

    function finish() {
        post('/api/scan-sessions/' + encodeURIComponent(session) + '/complete', null, {'X-Scan-Token': token}).then(function () {
            previewing = false;
            drawOutline(null);
            captureButton.disabled = true;
            finishButton.disabled = true;
            say(messages.finished);
        }).catch(function (error) {
            say(error && error.body && typeof error.body.detail === 'string' ? error.body.detail : messages.failed);
        });
    }

    function claim() {
        var device = (navigator.userAgentData && navigator.userAgentData.platform) || 'Phone';
        post('/api/scan-sessions/' + encodeURIComponent(session) + '/claim', JSON.stringify({device_name: device}),
            {'X-Scan-Token': token, 'Content-Type': 'application/json'}).then(function (claimed) {
            document.getElementById('pairing').hidden = false;
            document.getElementById('pair-device').textContent = claimed.device_name;
            document.getElementById('pair-code').textContent = claimed.confirmation_code;
        }).catch(function (error) {
            if (error.status === 409) {
                return; // reopened on the same phone: already claimed, keep scanning
            }
            say(error && error.body && typeof error.body.detail === 'string' ? error.body.detail : messages.failed);
        });
    }

    captureButton.addEventListener('click', capture);
    keepButton.addEventListener('click', keepCurrent);
    document.getElementById('retry').addEventListener('click', function () {
        current = null;
        candidateBox.hidden = true;
        say(messages.looking);
    });
    finishButton.addEventListener('click', finish);
    window.addEventListener('online', showOnline);
    window.addEventListener('offline', showOnline);

    showOnline();
    showKeptCount();
    registerServiceWorker();
    if (paired) {
        finishButton.hidden = false;
        document.getElementById('review-link').hidden = true;
        claim();
    }
    startCamera();
}());
