package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import java.util.List;
import java.util.Objects;

/**
 * A set as an import file may name it: its game, its code, the language it is chiefly sold in and
 * its name in every language the catalogue knows (the display name first).
 */
public record ImportableSet(CardSetId id, String gameSlug, String code, String language, List<String> names) {

    public ImportableSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gameSlug, "gameSlug");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a set has at least its display name: " + id);
        }
    }

    public String displayName() {
        return names.get(0);
    }
}
