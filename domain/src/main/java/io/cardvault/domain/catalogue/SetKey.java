package io.cardvault.domain.catalogue;

/**
 * The natural key of a set: the catalogue it comes from and that catalogue's id. Both parts are
 * needed, and case matters: tcgdex's international and Asian catalogues both have a {@code neo1},
 * and {@code SV1a} is not {@code sv1a}.
 */
public record SetKey(String catalogue, String externalId) {

    static final int MAX_CATALOGUE = 32;
    static final int MAX_EXTERNAL_ID = 64;

    public SetKey {
        catalogue = InvalidCatalogueDataException.requireText(catalogue, MAX_CATALOGUE, "catalogue");
        externalId = InvalidCatalogueDataException.requireText(externalId, MAX_EXTERNAL_ID, "set id");
    }

    @Override
    public String toString() {
        return catalogue + ":" + externalId;
    }
}
