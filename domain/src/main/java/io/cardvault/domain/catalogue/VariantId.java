package io.cardvault.domain.catalogue;

/** The platform's stable id of a variant; prices attach to it. Survives re-imports. */
public record VariantId(long value) {

    public VariantId {
        InvalidCatalogueDataException.require(value > 0, "variant ids are positive: " + value);
    }
}
