package io.cardvault.domain.catalogue;

import java.util.List;

/** Read model: a stored printing (language × print run) with its variants. */
public record PrintingDetails(long id, String language, String printRun, List<VariantDetails> variants) {

    public PrintingDetails {
        variants = List.copyOf(variants);
    }
}
