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
}());
