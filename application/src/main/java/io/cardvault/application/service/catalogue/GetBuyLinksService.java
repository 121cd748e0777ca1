package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.GetBuyLinksUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.transaction.Transactional;

/**
 * Marketplace links for a card's variant. The variant text ("normal", "holo", "reverse_holo",
 * "1st_edition_holo", "shadowless_holo") names a print run and a finish; the variant of the card's
 * own language that matches both lends its marketplace ids (only its own when any variant of the card
 * carries ids), else the card's ids are used. Cardmarket
 * and TCGplayer links exist only when the card has an id there (so the product exists); eBay is a
 * search and always exists.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetBuyLinksService implements GetBuyLinksUseCase {

    /** Cardmarket's URL names of the games (its paths use them, not our slugs). */
    private static final Map<String, String> CARDMARKET_GAMES = Map.of(
            "pokemon", "Pokemon", "mtg", "Magic", "yugioh", "YuGiOh", "onepiece", "OnePiece",
            "lorcana", "Lorcana", "flesh-and-blood", "FleshAndBlood", "dragonball", "DragonBallSuper", "digimon", "Digimon",
            "starwars", "StarWarsUnlimited");

    private final LoadCatalogueViewsPort views;

    @Inject
    public GetBuyLinksService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public BuyLinks links(CardId cardId, String variant) {
        CardDetails card = CatalogueLookups.card(views, cardId);
        String wanted = variant == null || variant.isBlank() ? "normal" : variant.strip().toLowerCase(Locale.ROOT);
        // a card whose variants carry marketplace ids links each variant to its own (or to none):
        // completing from the card's ids would hand the 1st Edition another print run's product
        boolean variantsCarryIds = card.variants().stream().map(VariantDetails::crossReferences)
                .anyMatch(ids -> ids.cardmarketProductId() != null || ids.tcgplayerProductId() != null);
        CrossReferences ids = matching(card, wanted).map(VariantDetails::crossReferences)
                .map(own -> variantsCarryIds ? own : own.completedWith(card.crossReferences()))
                .orElse(card.crossReferences());
        String cardmarket = ids.cardmarketProductId() == null ? null
                : "https://www.cardmarket.com/en/" + CARDMARKET_GAMES.getOrDefault(card.card().gameSlug(), "Pokemon")
                + "/Products/Singles/" + urlName(card.set().name()) + "/" + urlName(card.card().name())
                + "?idProduct=" + ids.cardmarketProductId();
        String tcgplayer = ids.tcgplayerProductId() == null ? null
                : "https://www.tcgplayer.com/product/" + ids.tcgplayerProductId();
        return new BuyLinks(cardId, wanted, cardmarket, tcgplayer, ebaySearch(card, wanted));
    }

    static Optional<VariantDetails> matching(CardDetails card, String variant) {
        String printRun = variant.startsWith("1st_edition") || variant.startsWith("first_edition") ? "1st_edition"
                : variant.startsWith("shadowless") ? "shadowless" : "unlimited";
        String finish = variant.contains("reverse") ? "reverse_holofoil" : variant.contains("holo") ? "holofoil" : "normal";
        List<PrintingDetails> ordered = new ArrayList<>(card.printings());
        ordered.sort((one, other) -> Boolean.compare(!one.language().equals(card.set().language()),
                !other.language().equals(card.set().language())));
        return ordered.stream().filter(printing -> printing.printRun().equals(printRun))
                .flatMap(printing -> printing.variants().stream())
                .filter(candidate -> candidate.finish().equals(finish))
                .findFirst();
    }

    private static String ebaySearch(CardDetails card, String variant) {
        List<String> words = new ArrayList<>(List.of(card.card().name(), card.card().collectorNumber(), card.set().name()));
        if (variant.startsWith("1st_edition")) {
            words.add("1st Edition");
        } else if (variant.startsWith("shadowless")) {
            words.add("Shadowless");
        }
        if (variant.contains("reverse")) {
            words.add("Reverse Holo");
        } else if (variant.contains("holo")) {
            words.add("Holo");
        }
        return "https://www.ebay.com/sch/i.html?_nkw=" + URLEncoder.encode(String.join(" ", words), StandardCharsets.UTF_8);
    }

    /** "Base Set" → "Base-Set", "Pokémon" → "Pokemon", "Blaine's Charizard" → "Blaines-Charizard". */
    static String urlName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("'", "");
        return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
