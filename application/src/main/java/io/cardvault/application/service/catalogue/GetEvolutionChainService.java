package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.EvolutionChain;
import io.cardvault.application.port.in.catalogue.EvolutionStage;
import io.cardvault.application.port.in.catalogue.GetEvolutionChainUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardOverview;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.transaction.Transactional;

/**
 * Builds a card's evolution line from the names its cards evolve from, within the card's game and
 * language. Many cards share a name (every Charmander ever printed), so for each name it picks the
 * card of the same set, else the one whose set was released nearest to this card's set, else the
 * lowest id. Backwards it follows {@code evolves_from} to the basic; forwards it takes the names
 * evolving from the card, only those printed in the card's own set when there are any, and keeps
 * going while the line does not branch (Eevee lists every Eeveelution as the next stage and stops).
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetEvolutionChainService implements GetEvolutionChainUseCase {

    /** Longer lines do not exist; the bound also stops a cycle in bad data. */
    private static final int MAX_STEPS = 5;

    private final LoadCatalogueViewsPort views;

    @Inject
    public GetEvolutionChainService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public EvolutionChain chain(CardId cardId) {
        CardOverview card = CatalogueLookups.card(views, cardId).card();
        Set<String> seen = new HashSet<>();
        seen.add(key(card.name()));
        Deque<EvolutionStage> chain = new ArrayDeque<>();
        chain.add(stage(card));

        CardOverview current = card;
        for (int step = 0; step < MAX_STEPS && current.evolvesFrom() != null && seen.add(key(current.evolvesFrom())); step++) {
            Optional<CardOverview> earlier = nearest(views.cardsNamed(card.gameSlug(), card.language(), current.evolvesFrom()), card);
            if (earlier.isEmpty()) {
                break;
            }
            current = earlier.get();
            chain.addFirst(stage(current));
        }

        current = card;
        for (int step = 0; step < MAX_STEPS; step++) {
            Map<String, List<CardOverview>> byName = new LinkedHashMap<>();
            for (CardOverview next : views.cardsEvolvingFrom(card.gameSlug(), card.language(), current.name())) {
                if (!seen.contains(key(next.name()))) {
                    byName.computeIfAbsent(key(next.name()), name -> new ArrayList<>()).add(next);
                }
            }
            List<CardOverview> picks = byName.values().stream().map(cards -> nearest(cards, card).orElseThrow())
                    .sorted(Comparator.comparing(CardOverview::name)).toList();
            List<CardOverview> sameSet = picks.stream().filter(pick -> pick.setId() == card.setId()).toList();
            if (!sameSet.isEmpty()) {
                picks = sameSet; // the line printed with the card beats namesakes from other sets (Dark Charmeleon…)
            }
            picks.forEach(pick -> {
                seen.add(key(pick.name()));
                chain.addLast(stage(pick));
            });
            if (picks.size() != 1) {
                break;
            }
            current = picks.get(0);
        }
        return new EvolutionChain(cardId, new ArrayList<>(chain));
    }

    static Optional<CardOverview> nearest(List<CardOverview> candidates, CardOverview reference) {
        return candidates.stream().min(Comparator
                .comparing((CardOverview candidate) -> candidate.setId() != reference.setId())
                .thenComparingLong(candidate -> distance(candidate.setReleaseDate(), reference.setReleaseDate()))
                .thenComparingLong(CardOverview::id));
    }

    private static long distance(LocalDate one, LocalDate other) {
        return one == null || other == null ? Long.MAX_VALUE : Math.abs(one.toEpochDay() - other.toEpochDay());
    }

    /** tcgdex writes "Stage1"; collectors (and the contract's example) write "Stage 1". */
    static String stageLabel(String stage) {
        return stage == null ? null : stage.replaceFirst("^Stage(\\d)$", "Stage $1");
    }

    private static EvolutionStage stage(CardOverview card) {
        return new EvolutionStage(stageLabel(card.stage()), card.name(), new CardId(card.id()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
