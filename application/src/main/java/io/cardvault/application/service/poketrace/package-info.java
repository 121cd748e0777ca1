/**
 * Services of the PokeTrace-compatible API, one per use case, reading the catalogue's market
 * listings, its sets and the stored prices through the existing out-ports; set slugs and the
 * mapping of stored price series onto PokeTrace's sources and tiers live here, package-private.
 */
package io.cardvault.application.service.poketrace;
