package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;

import java.util.Optional;

/**
 * Outgoing port: opens a catalogue source by name for one streaming pass. Empty when no source
 * of that name is configured. The caller closes the feed.
 */
public interface ReadCatalogueSourcePort {

    Optional<CatalogueFeed> open(String source);
}
