// The photo check page (issue 23): posts the chosen file to POST /api/verify/photo and shows the answer,
// with a link to the matched code's result page. Loaded by verify-photo.xhtml only.
(function () {
    'use strict';
    function ready(run) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
    }
    ready(function () {
        var form = document.getElementById('photo-check');
        var result = document.getElementById('photo-result');
        if (!form || !result) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var file = document.getElementById('photo-file').files[0];
            if (!file) {
                return;
            }
            var body = new FormData();
            body.append('file', file);
            result.textContent = '…';
            fetch(form.getAttribute('action'), {method: 'POST', body: body, credentials: 'same-origin'})
                .then(function (response) {
                    return response.json().then(function (answer) {
                        return {ok: response.ok, answer: answer};
                    });
                })
                .then(function (reply) {
                    result.textContent = '';
                    var text = document.createElement('p');
                    if (!reply.ok) {
                        text.className = 'notice';
                        text.textContent = form.dataset.failed + (typeof reply.answer.detail === 'string' ? ' ' + reply.answer.detail : '');
                        result.appendChild(text);
                        return;
                    }
                    var answer = reply.answer;
                    text.id = answer.matched ? 'photo-matched' : 'photo-unmatched';
                    text.className = answer.matched ? 'verify-status' : 'notice';
                    text.textContent = (answer.matched ? form.dataset.matched : form.dataset.unmatched) + ' '
                        + form.dataset.distance.replace('{0}', answer.distance).replace('{1}', answer.threshold);
                    result.appendChild(text);
                    if (answer.matched) {
                        var link = document.createElement('a');
                        link.id = 'photo-code';
                        link.className = 'button';
                        link.href = form.dataset.resultBase + encodeURIComponent(answer.code);
                        link.textContent = answer.code;
                        result.appendChild(link);
                    }
                })
                .catch(function () {
                    result.textContent = form.dataset.failed;
                });
        });
    });
}());
