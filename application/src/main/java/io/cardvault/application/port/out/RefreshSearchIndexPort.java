package io.cardvault.application.port.out;

/**
 * Outgoing port: tells this node's search index that the catalogue changed, so it rebuilds from
 * the store now rather than when it next notices the change itself.
 */
public interface RefreshSearchIndexPort {

    void refreshSearchIndex();
}
