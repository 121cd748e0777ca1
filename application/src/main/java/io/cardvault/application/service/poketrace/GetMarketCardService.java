package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.GetMarketCardUseCase;
import io.cardvault.application.port.in.poketrace.MarketCardDetail;
import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.Region;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One market card with the latest prices of its listing's variant, mapped by {@link MarketPriceMapping}. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetMarketCardService implements GetMarketCardUseCase {

    private final BrowseMarketCardsPort cards;
    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetMarketCardService(BrowseMarketCardsPort cards, LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.cards = cards;
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetMarketCardService() {
        this(null, null, null);
    }

    @Override
    public MarketCardDetail get(ApiPlan plan, String id) {
        MarketCards.Market found = MarketCards.find(cards, plan, id);
        var summary = MarketCards.summary(found.row(), found.region(), MarketCards.slugs(views));
        Optional<VariantId> variant = found.row().firstVariant();
        if (variant.isEmpty()) {
            return new MarketCardDetail(summary, Map.of(), Optional.empty());
        }
        List<PricePoint> latest = prices.latestPrices(found.row().card());
        if (found.region() == Region.EU) {
            return new MarketCardDetail(summary, Map.of(), MarketPriceMapping.euAverages(latest, variant.get()));
        }
        return new MarketCardDetail(summary, MarketPriceMapping.usTiers(latest, variant.get(), plan.readsGradedPrices()),
                Optional.empty());
    }
}
