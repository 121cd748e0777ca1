package io.cardvault.adapter.out.persistence.marketplace;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.marketplace.MarketTimes.stored;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** Between {@link Listing} and its row; the photos are a JSON array of URLs in their order. */
final class ListingJpaMapper {

    private ListingJpaMapper() {
    }

    static ListingJpaEntity toNewEntity(Listing listing) {
        ListingJpaEntity row = new ListingJpaEntity(listing.seller().value(), listing.terms().card().value(),
                stored(listing.createdAt()));
        write(row, listing);
        return row;
    }

    static void write(ListingJpaEntity row, Listing listing) {
        ListingTerms terms = listing.terms();
        row.offer(terms.variant().orElse(null), terms.condition().name(),
                terms.grading().map(grading -> grading.company().code()).orElse(null),
                terms.grading().map(Grading::grade).orElse(null), terms.quantity(), terms.price().amount(),
                terms.description().orElse(null), terms.acceptsOffers(), terms.buyNowEnabled(), terms.imageProtection(),
                json(terms.imageUrls()));
        row.stand(listing.status().code(), stored(listing.expiresAt()), listing.renewalCount(),
                listing.lastRenewedAt().map(at -> stored(at)).orElse(null));
    }

    static Listing toDomain(ListingJpaEntity row) {
        Optional<Grading> grading = Optional.ofNullable(row.gradingCompany())
                .map(company -> Grading.of(GradingCompany.fromCode(company), row.grade()));
        ListingTerms terms = new ListingTerms(new CardId(row.cardId()), Optional.ofNullable(row.variant()),
                CardCondition.valueOf(row.condition()), grading, row.quantity(), Money.of(row.priceEur().toPlainString(),
                ListingTerms.CURRENCY), Optional.ofNullable(row.description()), row.acceptsOffers(), row.buyNowEnabled(),
                urls(row.imageUrls()), row.imageProtection());
        return Listing.reconstitute(new ListingId(row.id()), new AccountId(row.sellerId()), terms,
                ListingStatus.find(row.status()).orElseThrow(() -> new IllegalStateException(
                        "listing " + row.id() + " has an unknown status " + row.status())),
                instant(row.createdAt()), instant(row.expiresAt()), row.renewalCount(),
                Optional.ofNullable(row.lastRenewedAt()).map(at -> instant(at)));
    }

    private static String json(List<String> urls) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        urls.forEach(array::add);
        return array.build().toString();
    }

    private static List<String> urls(String json) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
