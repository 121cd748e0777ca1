// The account page's profile controls (issue 25): the avatar upload and the collection privacy switch call the
// API (/me/avatar, /me/privacy) with the session cookie and say what happened; no inline script (CSP).
(function () {
    'use strict';
    function say(status, ok, detail) {
        status.textContent = ok ? status.getAttribute('data-done')
            : status.getAttribute('data-failed') + (typeof detail === 'string' ? ' ' + detail : '');
    }
    var avatarForm = document.getElementById('avatar-form');
    if (avatarForm) {
        avatarForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var status = document.getElementById('avatar-status');
            fetch('/me/avatar', { method: 'POST', body: new FormData(avatarForm), credentials: 'same-origin' })
                .then(function (response) {
                    return response.json().then(function (body) { return { ok: response.ok, body: body }; });
                })
                .then(function (answer) {
                    say(status, answer.ok, answer.body.detail);
                    if (answer.ok) {
                        var preview = document.getElementById('avatar-preview');
                        if (!preview) {
                            preview = document.createElement('img');
                            preview.id = 'avatar-preview';
                            preview.className = 'user-avatar';
                            preview.width = 64;
                            preview.height = 64;
                            preview.alt = '';
                            avatarForm.insertBefore(preview, avatarForm.firstChild);
                        }
                        preview.src = answer.body.avatar_url + '?v=' + Date.now();
                    }
                })
                .catch(function () { say(status, false); });
        });
    }
    var privacy = document.getElementById('privacy-public');
    if (privacy) {
        privacy.addEventListener('change', function () {
            var status = document.getElementById('privacy-status');
            fetch('/me/privacy', {
                method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ is_collection_public: privacy.checked })
            }).then(function (response) { say(status, response.ok); }).catch(function () { say(status, false); });
        });
    }
}());
