/**
 * Driven adapter: renders forum Markdown to HTML with commonmark-java (raw HTML in the Markdown
 * escaped, never passed through) and sanitises the result with the OWASP Java HTML Sanitizer against
 * an allow-list, so what is stored can be put on a page as is.
 */
package io.cardvault.adapter.out.markdown;
