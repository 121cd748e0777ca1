package io.cardvault.application.port.out;

import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.catalogue.CardId;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** In-memory {@link LoadDeckCardsPort}: cards put in by the test, matched as the database's collation would. */
public class InMemoryDeckCards implements LoadDeckCardsPort {

    private record Stored(String game, DeckCardCandidate card, CardPlayRules rules) {
    }

    private final List<Stored> cards = new CopyOnWriteArrayList<>();

    public void put(String game, DeckCardCandidate card, CardPlayRules rules) {
        cards.add(new Stored(game, card, rules));
    }

    @Override
    public Map<CardId, CardPlayRules> playRules(Collection<CardId> ids) {
        Map<CardId, CardPlayRules> rules = new HashMap<>();
        cards.stream().filter(stored -> ids.contains(stored.card().id())).forEach(stored -> rules.put(stored.card().id(), stored.rules()));
        return rules;
    }

    @Override
    public List<DeckCardCandidate> named(String game, Collection<String> names) {
        Set<String> wanted = names.stream().map(InMemoryDeckCards::fold).collect(Collectors.toSet());
        return cards.stream().filter(stored -> stored.game().equals(game) && wanted.contains(fold(stored.card().name())))
                .map(Stored::card).toList();
    }

    @Override
    public List<DeckCardCandidate> inSets(String game, Collection<String> setCodes) {
        Set<String> wanted = setCodes.stream().map(InMemoryDeckCards::fold).collect(Collectors.toSet());
        return cards.stream().filter(stored -> stored.game().equals(game) && wanted.contains(fold(stored.card().setCode())))
                .map(Stored::card).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
