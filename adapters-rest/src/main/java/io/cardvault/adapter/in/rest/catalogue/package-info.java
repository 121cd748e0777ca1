/** The catalogue over HTTP: the Data API v2 ({@code /api/v2/…}) and the legacy catalogue routes. */
package io.cardvault.adapter.in.rest.catalogue;
