package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.Transaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The card a listing or a sale is about, as the marketplace pages name it: its name, set and page,
 * and the picture to show (the seller's own photo when the listing has one, else the catalogue's
 * thumbnail). Cards are read once per page however many rows name them.
 */
final class DealCards {

    private final GetCardUseCase cards;
    private final WebContext web;
    private final Map<CardId, CardDetails> read = new HashMap<>();

    DealCards(GetCardUseCase cards, WebContext web) {
        this.cards = cards;
        this.web = web;
    }

    /** The card a sale is about, with the photo of the listing it was sold from. */
    DealCard card(Transaction transaction, GetListingUseCase listings) {
        List<String> photos;
        try {
            photos = listings.get(transaction.listing()).listing().terms().imageUrls();
        } catch (ListingNotFoundException gone) {
            photos = List.of();
        }
        return card(transaction.card(), photos);
    }

    DealCard card(CardId card, List<String> photos) {
        String href = WatchForms.cardHref(web, card);
        try {
            CardDetails details = read.computeIfAbsent(card, cards::card);
            String picture = photos.isEmpty() ? details.card().thumbnailUrl().orElse("") : photos.get(0);
            return new DealCard(details.card().name(), details.set().name(), href, picture, !photos.isEmpty());
        } catch (CatalogueEntryNotFoundException gone) {
            // a card the catalogue no longer holds: the sale stays readable under its id
            return new DealCard("#" + card.value(), "", href, photos.isEmpty() ? "" : photos.get(0), !photos.isEmpty());
        }
    }

    /** One card as a marketplace row shows it; {@code picture} is empty when there is none, {@code photo} marks the seller's own. */
    public record DealCard(String name, String setName, String href, String picture, boolean photo) {

        public String getName() {
            return name;
        }

        public String getSetName() {
            return setName;
        }

        public String getHref() {
            return href;
        }

        public String getPicture() {
            return picture;
        }

        public boolean isPhoto() {
            return photo;
        }
    }
}
