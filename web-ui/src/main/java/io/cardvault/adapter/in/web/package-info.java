/**
 * Driving adapter: the server-rendered website (Jakarta Faces, a little PrimeFaces) under
 * {@code /en/…} and {@code /nl/…}. One bean per screen calls the application's use cases and
 * hands the pages view models with getters; {@link io.cardvault.adapter.in.web.LocalisedUrlFilter}
 * turns pretty URLs into views and sends unprefixed page URLs to the browser's language.
 */
package io.cardvault.adapter.in.web;
