package io.cardvault.application.service.price;

import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.PricedVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Base Set Charizard's variants as the catalogue has them (tcgdex base1-4) and an Xy5 common with normal + reverse. */
final class PriceIngestFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    // base1-4: holo unlimited (cm 273699, tcg 42382), holo shadowless 1st edition (tcg 106999; the import leaves it
    // without Cardmarket's 660224, the Shadowless product) and shadowless (cm 660224, tcg 106999)
    static final PricedVariant CHARIZARD_UNLIMITED = variant(11, 1, "holofoil", 273699L, 42382L, "Rare");
    static final PricedVariant CHARIZARD_FIRST_EDITION = variant(12, 1, "holofoil", null, 106999L, "Rare", PrintRun.FIRST_EDITION);
    static final PricedVariant CHARIZARD_SHADOWLESS = variant(13, 1, "holofoil", 660224L, 106999L, "Rare", PrintRun.SHADOWLESS);
    // xy5-1 Weedle: card-level ids, normal and reverse variants
    static final PricedVariant WEEDLE_NORMAL = variant(21, 2, "normal", 273532L, 95885L, "Common");
    static final PricedVariant WEEDLE_REVERSE = variant(22, 2, "reverse_holofoil", 273532L, 95885L, "Common");
    static final List<PricedVariant> CATALOGUE = List.of(CHARIZARD_UNLIMITED, CHARIZARD_FIRST_EDITION, CHARIZARD_SHADOWLESS,
            WEEDLE_NORMAL, WEEDLE_REVERSE);

    private PriceIngestFixtures() {
    }

    static PricedVariant variant(long id, long card, String finish, Long cardmarket, Long tcgplayer, String rarity) {
        return new PricedVariant(new VariantId(id), new CardId(card), new CardSetId(card == 1 ? 100 : 200), "pokemon",
                card == 1 ? "base1" : "xy5", card == 1 ? "Base Set" : "Primal Clash",
                card == 1 ? LocalDate.of(1999, 1, 9) : LocalDate.of(2015, 2, 4), card == 1 ? "Charizard" : "Weedle",
                card == 1 ? "4/102" : "1/160", rarity, finish, !finish.startsWith("reverse"), cardmarket, tcgplayer, null);
    }

    static PricedVariant variant(long id, long card, String finish, Long cardmarket, Long tcgplayer, String rarity, PrintRun run) {
        PricedVariant plain = variant(id, card, finish, cardmarket, tcgplayer, rarity);
        return new PricedVariant(plain.variantId(), plain.cardId(), plain.setId(), plain.gameSlug(), plain.setExternalId(),
                plain.setName(), plain.setReleaseDate(), plain.cardName(), plain.collectorNumber(), plain.rarity(), plain.finish(),
                plain.primary(), cardmarket, tcgplayer, null, run);
    }

    static UpstreamQuote cardmarket(long product, String subType, PriceType type, String amount) {
        return new UpstreamQuote(new ProductRef(ProductRef.Market.CARDMARKET, product, subType), type, null, new BigDecimal(amount));
    }

    static UpstreamQuote tcgplayer(long product, String subType, PriceType type, String amount) {
        return new UpstreamQuote(new ProductRef(ProductRef.Market.TCGPLAYER, product, subType), type, null, new BigDecimal(amount));
    }

    static UpstreamQuote graded(long tcgProduct, GradingCompany company, String grade, String amount) {
        return new UpstreamQuote(new ProductRef(ProductRef.Market.TCGPLAYER, tcgProduct, ""), PriceType.GRADED,
                Grading.of(company, grade), new BigDecimal(amount));
    }

    static PriceFile file(PriceSource source, UpstreamQuote... quotes) {
        return new PriceFile(source, "http://sandbox/" + source.code(), DAY, new byte[20], true, List.of(quotes));
    }
}
