package io.cardvault.domain.deck;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.PlayTraits;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue card as deck rules see it: its name (copies are counted by name, across printings), its
 * game, category ("Pokemon", "Trainer", "Energy"; Magic's card types such as "Artifact Creature"),
 * rarity, set code and release date, per-format legalities and play traits.
 */
public record PlayableCard(CardId id, String name, String game, String category, String rarity, String setCode,
                           LocalDate setReleased, FormatLegalities legalities, PlayTraits traits) {

    public PlayableCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(game, "game");
        legalities = legalities == null ? FormatLegalities.none() : legalities;
        traits = traits == null ? PlayTraits.none() : traits;
    }

    public Optional<LocalDate> released() {
        return Optional.ofNullable(setReleased);
    }

    /** The name copy limits count by, case and surrounding space ignored. */
    String nameKey() {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    boolean hasType(String type) {
        return category != null && category.toLowerCase(Locale.ROOT).contains(type.toLowerCase(Locale.ROOT));
    }
}
