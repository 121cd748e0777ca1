package io.cardvault.domain.catalogue;

import java.util.List;

/** Read model: a stored variant with its id and the ids other catalogues give it. */
public record VariantDetails(long id, String finish, String foilPattern, List<String> stamps, String size, String label,
                             CrossReferences crossReferences) {

    public VariantDetails {
        stamps = List.copyOf(stamps);
    }
}
