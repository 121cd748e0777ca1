package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.ListMarketSetsQuery;
import io.cardvault.application.port.in.poketrace.ListMarketSetsUseCase;
import io.cardvault.application.port.in.poketrace.MarketSet;
import io.cardvault.application.port.in.poketrace.SetGame;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.SetOverview;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the Pokémon sets by slug, after the slug a cursor names. The game's sets are one small
 * indexed read (hundreds of rows), so the search (folded name contains the folded text) and the
 * game filter run here.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class ListMarketSetsService implements ListMarketSetsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListMarketSetsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    /** For CDI's client proxy only. */
    protected ListMarketSetsService() {
        this(null);
    }

    @Override
    public KeyedPage<MarketSet, String> list(ListMarketSetsQuery query) {
        SetSlugs slugs = MarketCards.slugs(views);
        Optional<String> search = query.search().map(SetSlugs::fold).filter(text -> !text.isEmpty());
        List<MarketSet> fetched = new ArrayList<>();
        for (Map.Entry<String, SetOverview> entry : slugs.after(query.afterSlug()).entrySet()) {
            SetOverview set = entry.getValue();
            if (query.game().isPresent() && SetGame.ofLanguage(set.language()) != query.game().get()) {
                continue;
            }
            if (search.isPresent() && !SetSlugs.fold(set.name()).contains(search.get()) && !entry.getKey().contains(search.get())) {
                continue;
            }
            fetched.add(new MarketSet(entry.getKey(), set.name(), Optional.ofNullable(set.releaseDate()), set.cardCount()));
            if (fetched.size() > query.limit()) {
                break;
            }
        }
        return KeyedPage.of(fetched, query.limit(), MarketSet::slug);
    }
}
