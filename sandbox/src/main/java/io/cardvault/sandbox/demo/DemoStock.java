package io.cardvault.sandbox.demo;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.util.List;
import java.util.Optional;

/** The demo sellers and what each lists: well-known cards of the catalogue, found by game, set and name. */
final class DemoStock {

    /** Every demo listing says what it is, in its own description too. */
    static final String DESCRIPTION = "Demo listing: made-up stock of a demo seller, shown so the marketplace is not empty. "
            + "Not a real offer.";

    static final List<Seller> SELLERS = List.of(
            new Seller(ListingView.DEMO_SELLER_PREFIX + "1", "Demo seller: Kanto Cards (made up)", "NL", List.of(
                    new Item("pokemon", "Base Set", "Charizard", "4", CardCondition.NM, Optional.empty(), "420.00", true),
                    new Item("pokemon", "Base Set", "Pikachu", "58", CardCondition.LP, Optional.empty(), "6.50", true),
                    new Item("pokemon", "Base Set", "Blastoise", "2", CardCondition.MP, Optional.empty(), "95.00", true))),
            new Seller(ListingView.DEMO_SELLER_PREFIX + "2", "Demo seller: Alpha Vault (made up)", "DE", List.of(
                    new Item("pokemon", "Base Set", "Charizard", "4", CardCondition.NM,
                            Optional.of(Grading.of(GradingCompany.PSA, "9")), "2450.00", false),
                    new Item("pokemon", "Base Set", "Venusaur", "15", CardCondition.NM, Optional.empty(), "180.00", true),
                    new Item("mtg", "Limited Edition Alpha", "Black Lotus", null, CardCondition.HP, Optional.empty(), "9500.00", false),
                    new Item("mtg", "Limited Edition Alpha", "Lightning Bolt", null, CardCondition.LP, Optional.empty(), "420.00", true))),
            new Seller(ListingView.DEMO_SELLER_PREFIX + "3", "Demo seller: Mint Condition Co. (made up)", "BE", List.of(
                    new Item("pokemon", "Base Set", "Mewtwo", "10", CardCondition.NM, Optional.empty(), "60.00", true),
                    new Item("mtg", "Limited Edition Alpha", "Shivan Dragon", null, CardCondition.MP, Optional.empty(), "650.00", true),
                    new Item("pokemon", "Base Set", "Pikachu", "58", CardCondition.NM, Optional.empty(), "12.00", true))));

    private DemoStock() {
    }

    /** A demo seller: username (with the demo prefix), the seller name buyers see, country, and stock. */
    record Seller(String username, String displayName, String country, List<Item> stock) {
    }

    /**
     * One listing: the card by game, set name, card name and collector number (none: the set's first
     * card of that name), its condition or slab, the price in euros, and whether buy-now is on (offers always are).
     */
    record Item(String game, String setName, String cardName, String number, CardCondition condition,
                Optional<Grading> grading, String priceEur, boolean buyNow) {
    }
}
