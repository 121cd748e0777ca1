package io.cardvault.application.port.out;

/**
 * Outgoing port: turns a forum author's Markdown into HTML that is safe to put on a page as is: no
 * script, no event handler, no {@code javascript:} or {@code data:} link, images only from the
 * configured sources. Raw HTML in the Markdown is escaped or dropped, never passed through.
 */
public interface RenderMarkdownPort {

    String toSafeHtml(String markdown);
}
