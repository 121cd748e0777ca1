package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing port: read models of the stored catalogue for the browsing routes. */
public interface LoadCatalogueViewsPort {

    /** Every game by id, with its counters. */
    List<GameOverview> games();

    Optional<GameOverview> game(String slug);

    /** The sets of a game, oldest release first (undated last), with how many it has. */
    Slice<SetOverview> setsOf(String gameSlug, Window window);

    Optional<SetOverview> set(CardSetId setId);

    /** Cards of a set in collector-number order; the total is the set's card count. */
    List<CardOverview> cardsOf(CardSetId setId, Window window);

    /** Cards matching every given filter, with how many match. */
    Slice<CardOverview> cards(CardCriteria criteria, Window window);

    /**
     * The first {@code limit} cards matching every given filter, in the order of {@link #cards}, without counting
     * the rest (the resolver needs no total, and a common name matches thousands of cards).
     */
    List<CardOverview> firstCards(CardCriteria criteria, int limit);

    Optional<CardDetails> card(CardId cardId);

    /** The cards of those ids that exist, printings and variants included, in no order. */
    List<CardDetails> cards(Collection<CardId> cardIds);

    /** Cards of a game and language named exactly {@code name} (case and accents ignored). */
    List<CardOverview> cardsNamed(String gameSlug, String language, String name);

    /** Cards of a game and language that evolve from {@code name}. */
    List<CardOverview> cardsEvolvingFrom(String gameSlug, String language, String name);

    /** Cards of sets released on or after {@code since}, newest set first, optionally of one game. */
    Slice<CardOverview> cardsReleasedSince(LocalDate since, Optional<String> gameSlug, int limit);
}
