package io.cardvault.adapter.in.rest.search;

import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.shared.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/**
 * One card of a search result. {@code number} is the card's number in its set as the spec's
 * example shows it ("2", not "2/132"); {@code best_price} (USD) and {@code price_change_7d} (percent)
 * come from the card's USD price summary and are null without one; {@code display_image_url} is the
 * card's small picture at its upstream address, null when no source addresses one.
 */
public record SearchItemResponse(long id, String name, String number, String rarity, String cardType,
                                 String displayImageUrl, String setName, String setCode, String tcgSlug,
                                 BigDecimal bestPrice,
                                 // the naming strategy gives "price_change7d"; an explicit name drops the
                                 // global null-writing unless the property says it is nillable itself
                                 @JsonbProperty("price_change_7d") @JsonbNillable BigDecimal priceChange7d) {

    static SearchItemResponse from(CardSearchHit hit) {
        return new SearchItemResponse(hit.id().value(), hit.name(), hit.number(), hit.rarity(), hit.cardType(),
                hit.image().map(images -> images.thumbnail().url()).orElse(null),
                hit.setName(), hit.setCode(), hit.gameSlug(), hit.best().map(Money::amount).orElse(null),
                hit.change7d().orElse(null));
    }
}
