package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.SourceQuote;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A card with the newest price of each of its series (outliers and dealer quotes left out). */
public record PricedCard(CardDetails card, List<PricePoint> latest) {

    public PricedCard {
        latest = List.copyOf(latest);
    }

    /** The latest points of one variant. */
    public List<PricePoint> latestOf(long variantId) {
        return latest.stream().filter(point -> point.series().variant().value() == variantId).toList();
    }

    /** One raw quote per source and variant, as the legacy price rows show them. */
    public List<SourceQuote> quotes() {
        return SourceQuote.of(latest);
    }

    /** The name a variant goes by on the legacy routes (its finish: normal, holofoil, reverse…). */
    public String variantName(VariantId variant) {
        return VariantNames.of(card).apply(variant);
    }

    /** Variant names of a card; an id that is not the card's is shown by its number. */
    public static final class VariantNames {

        private VariantNames() {
        }

        public static Function<VariantId, String> of(CardDetails card) {
            Map<Long, String> names = card.variants().stream()
                    .collect(Collectors.toMap(VariantDetails::id, VariantDetails::finish, (a, b) -> a));
            return variant -> names.getOrDefault(variant.value(), String.valueOf(variant.value()));
        }
    }
}
