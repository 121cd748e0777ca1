package io.cardvault.application.port.out.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link RecognitionCataloguePort} and {@link RecognitionScanStorePort}: every
 * implementation (the in-memory fake, the MariaDB adapter) must pass it. Each test stores a set
 * and scans of its own, so an implementation may keep its data between tests.
 */
public abstract class RecognitionStorePortContract {

    private static final CardId UNKNOWN_CARD = new CardId(999_999_999_999L);

    private RecognitionCataloguePort catalogue;
    private RecognitionScanStorePort scans;
    private CardSet set;
    private StoredSet stored;

    protected abstract RecognitionCataloguePort catalogue();

    protected abstract RecognitionScanStorePort scans();

    /** Stores a set with its cards as the catalogue import does. */
    protected abstract StoredSet store(Game game, CardSet set, List<Card> cards);

    @BeforeEach
    void freshSet() {
        catalogue = catalogue();
        scans = scans();
        set = CatalogueFixtures.baseSet();
        stored = store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
    }

    private CardId id(String localId) {
        return stored.cardIds().get(set.key().externalId() + "-" + localId);
    }

    private static String newScanId() {
        return "s" + UUID.randomUUID().toString().replace("-", ""); // scan ids are short ASCII (the service writes 24 characters)
    }

    private static ScanFingerprint fingerprint(String scanId) {
        return new ScanFingerprint(scanId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void givenStoredCards_printedCards_describesTheirPrintedFacesInIdOrder() {
        List<PrintedCard> printed = catalogue.printedCards();

        assertThat(printed).extracting(PrintedCard::cardId).extracting(CardId::value).isSorted();
        PrintedCard charizard = printed.stream().filter(card -> card.cardId().equals(id("4"))).findFirst().orElseThrow();
        assertThat(charizard.localId()).isEqualTo("4");
        assertThat(charizard.setId()).isEqualTo(set.key().externalId());
        assertThat(charizard.setCode()).isEqualTo(set.code());
        assertThat(charizard.officialCount()).isEqualTo(102);
        assertThat(charizard.name()).isEqualTo("Charizard");
        assertThat(charizard.language()).isEqualTo("en");
        assertThat(charizard.hp()).isEqualTo(120);
        assertThat(charizard.types()).containsExactly("Fire");
        assertThat(charizard.rarity()).isEqualTo("Rare");
        assertThat(charizard.dexIds()).containsExactly(6);
        assertThat(charizard.gameSlug()).isEqualTo(CatalogueFixtures.POKEMON.slug());
    }

    @Test
    void givenKnownAndUnknownIds_labels_labelsOnlyTheKnownCards() {
        Map<CardId, CardLabel> labels = catalogue.labels(List.of(id("4"), UNKNOWN_CARD, id("46")));

        assertThat(labels).containsOnlyKeys(id("4"), id("46"));
        assertThat(labels.get(id("4"))).isEqualTo(new CardLabel(id("4"), set.displayName(), "pokemon"));
        assertThat(catalogue.labels(List.of())).isEmpty();
    }

    @Test
    void givenSavedScan_findScan_answersItsFingerprintAndNothingForAnUnknownScan() {
        String scanId = newScanId();
        scans.saveScan(scanId, fingerprint(scanId), Instant.parse("2026-05-06T21:51:25Z"));

        assertThat(scans.findScan(scanId)).contains(fingerprint(scanId));
        assertThat(scans.findScan(newScanId())).isEmpty();
    }

    @Test
    void givenConfirmedScans_confirmedReferences_listsThemOldestFirstWithTheLatestCard() {
        String first = newScanId();
        String second = newScanId();
        scans.saveScan(first, fingerprint(first), Instant.parse("2026-05-06T10:00:00Z"));
        scans.saveScan(second, fingerprint(second), Instant.parse("2026-05-06T10:00:01Z"));

        scans.confirm(second, id("24"), Instant.parse("2026-05-06T11:00:00Z"));
        scans.confirm(first, id("46"), Instant.parse("2026-05-06T11:00:01Z"));
        scans.confirm(first, id("4"), Instant.parse("2026-05-06T11:00:02Z"));

        List<ConfirmedReference> mine = scans.confirmedReferences().stream()
                .filter(reference -> reference.fingerprint().equals(fingerprint(first))
                        || reference.fingerprint().equals(fingerprint(second)))
                .toList();
        assertThat(mine).containsExactly(new ConfirmedReference(id("24"), fingerprint(second)),
                new ConfirmedReference(id("4"), fingerprint(first)));
    }

    @Test
    void givenAnUnconfirmedScan_confirmedReferences_leavesItOut() {
        String scanId = newScanId();
        scans.saveScan(scanId, fingerprint(scanId), Instant.parse("2026-05-06T10:00:00Z"));

        assertThat(scans.confirmedReferences()).extracting(ConfirmedReference::fingerprint).doesNotContain(fingerprint(scanId));
    }
}
