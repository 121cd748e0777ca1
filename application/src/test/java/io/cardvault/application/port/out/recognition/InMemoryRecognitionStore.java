package io.cardvault.application.port.out.recognition;

import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Language;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory fake of what the recognizer reads of the catalogue and of its scan store. Stored
 * cards are projected as the MariaDB store projects them (name in the set's language, else
 * English, else Japanese; no HP or printed total as 0).
 */
public final class InMemoryRecognitionStore implements RecognitionCataloguePort, RecognitionScanStorePort {

    private final TreeMap<Long, PrintedCard> printed = new TreeMap<>();
    private final Map<CardId, CardLabel> labels = new HashMap<>();
    private final Map<String, ScanFingerprint> scans = new LinkedHashMap<>();
    private final Map<String, Confirmation> confirmations = new HashMap<>();
    private long sequence;

    private record Confirmation(CardId cardId, Instant at) {
    }

    /** Stores a set's cards, each under a new id. */
    public StoredSet store(Game game, CardSet set, List<Card> cards) {
        List<Language> preference = List.of(set.language(), Language.ENGLISH, Language.JAPANESE);
        long setId = ++sequence;
        Map<String, CardId> ids = new LinkedHashMap<>();
        for (Card card : cards) {
            CardId id = new CardId(++sequence);
            ids.put(card.externalId(), id);
            printed.put(id.value(), new PrintedCard(id, card.number().localId(), set.key().externalId(), set.code(),
                    set.officialCount() == null ? 0 : set.officialCount(), card.names().preferred(preference),
                    set.language().code(), card.facts().hp() == null ? 0 : card.facts().hp(), card.facts().types(),
                    card.facts().rarity(), card.facts().category(), card.facts().dexIds().stream().sorted().toList(),
                    game.slug()));
            labels.put(id, new CardLabel(id, set.names().preferred(preference), game.slug()));
        }
        return new StoredSet(new CardSetId(setId), ids, new ChangeCounts(1, 0, cards.size(), 0, 0, 0, 0, 0));
    }

    @Override
    public List<PrintedCard> printedCards() {
        return List.copyOf(printed.values());
    }

    @Override
    public Map<CardId, CardLabel> labels(Collection<CardId> cardIds) {
        Map<CardId, CardLabel> known = new HashMap<>();
        cardIds.stream().filter(labels::containsKey).forEach(id -> known.put(id, labels.get(id)));
        return known;
    }

    @Override
    public void saveScan(String scanId, ScanFingerprint fingerprint, Instant scannedAt) {
        scans.put(scanId, fingerprint);
    }

    @Override
    public Optional<ScanFingerprint> findScan(String scanId) {
        return Optional.ofNullable(scans.get(scanId));
    }

    /** Like the real store: confirming a scan never saved changes nothing. */
    @Override
    public void confirm(String scanId, CardId cardId, Instant confirmedAt) {
        if (scans.containsKey(scanId)) {
            confirmations.put(scanId, new Confirmation(cardId, confirmedAt));
        }
    }

    @Override
    public List<ConfirmedReference> confirmedReferences() {
        return confirmations.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Confirmation> entry) -> entry.getValue().at())
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> new ConfirmedReference(entry.getValue().cardId(), scans.get(entry.getKey())))
                .toList();
    }
}
