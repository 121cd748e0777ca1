package io.cardvault.application.service.price;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The lookups the price services share: the card (or not found), variants by name, today. */
final class PriceLookups {

    private PriceLookups() {
    }

    static CardDetails card(LoadCatalogueViewsPort views, CardId cardId) {
        return views.card(cardId).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.CARD, cardId.value()));
    }

    /**
     * The card's variants a legacy {@code variant} filter names (their finish, case ignored): every
     * variant when no filter is given, empty when the name matches none.
     */
    static Optional<Set<VariantId>> variantsNamed(CardDetails card, Optional<String> name) {
        if (name.isEmpty() || name.get().isBlank()) {
            return Optional.of(Set.of());
        }
        String wanted = name.get().strip().toLowerCase(Locale.ROOT);
        Set<VariantId> matching = card.variants().stream().filter(variant -> variant.finish().equalsIgnoreCase(wanted))
                .map(VariantDetails::id).map(VariantId::new).collect(Collectors.toUnmodifiableSet());
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching);
    }

    /** Prices are dated in UTC days, as the upstream guides publish them. */
    static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}
