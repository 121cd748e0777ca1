package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.MarketCardNotFoundException;
import io.cardvault.application.port.in.poketrace.MarketCardSummary;
import io.cardvault.application.port.in.poketrace.PlanUpgradeRequiredException;
import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.MarketCardId;
import io.cardvault.domain.catalogue.Window;
import io.cardvault.domain.price.Region;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** What the card services share: the sets' slugs, a market id's card, a row as a listing shows it. */
final class MarketCards {

    static final String GAME = "pokemon";
    /** More than the Pokémon catalogue's sets (549): the slugs are computed over all of them. */
    private static final int ALL_SETS = 100_000;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private MarketCards() {
    }

    static SetSlugs slugs(LoadCatalogueViewsPort views) {
        return SetSlugs.of(views.setsOf(GAME, new Window(0, ALL_SETS)).items());
    }

    /** The row {@code id} names, refused to a plan without the EU market when it is an EU id. */
    static Market find(BrowseMarketCardsPort cards, ApiPlan plan, String id) {
        MarketCardId parsed = MarketCardId.parse(id).orElseThrow(() -> new MarketCardNotFoundException(id));
        if (parsed instanceof MarketCardId.Eu eu) {
            requireEu(plan);
            return new Market(cards.cardSoldAs(eu.cardmarketProductId()).orElseThrow(() -> new MarketCardNotFoundException(id)),
                    Region.EU);
        }
        return new Market(cards.card(((MarketCardId.Us) parsed).card()).orElseThrow(() -> new MarketCardNotFoundException(id)),
                Region.US);
    }

    /** A card row and the market it is read in. */
    record Market(MarketCardRow row, Region region) {
    }

    static void requireEu(ApiPlan plan) {
        if (!plan.readsEuMarket()) {
            throw new PlanUpgradeRequiredException(PlanUpgradeRequiredException.Need.EU_MARKET);
        }
    }

    static void requireGraded(ApiPlan plan) {
        if (!plan.readsGradedPrices()) {
            throw new PlanUpgradeRequiredException(PlanUpgradeRequiredException.Need.GRADED_PRICES);
        }
    }

    static MarketCardSummary summary(MarketCardRow row, Region market, SetSlugs slugs) {
        String id = market == Region.EU ? new MarketCardId.Eu(row.cardmarketProductId().orElseThrow()).text()
                : new MarketCardId.Us(row.card()).text();
        return new MarketCardSummary(id, row.name(), row.collectorNumber(), slugs.slug(row.set().value(), row.setCode()),
                row.setName(), row.firstFinish().map(MarketCards::finishName), row.rarity(), market,
                market == Region.EU ? EUR : USD);
    }

    /** {@code reverse_holofoil} → {@code Reverse Holofoil}, as PokeTrace names variants. */
    static String finishName(Finish finish) {
        String[] words = finish.code().split("_");
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** The finish a variant filter names ({@code Holofoil}, {@code reverse holofoil}, {@code reverse_holofoil}); empty when none. */
    static Optional<Finish> finish(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(Finish.values()).filter(finish -> finish.code().equals(wanted)).findFirst();
    }
}
