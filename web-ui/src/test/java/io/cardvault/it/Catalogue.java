package io.cardvault.it;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** The server imports the real catalogue in the background after start; tests on its data wait for it here. */
final class Catalogue {

    /**
     * Both Pokémon dumps hold 540 sets and 39,372 importable cards; allow a loaded 2-core machine
     * time (six minutes: the Magic and Flesh and Blood slices follow them).
     */
    static final long IMPORTED_CARDS = 39_372;
    static final long IMPORTED_SETS = 540;
    /** The IT server's slice of Magic (CARDVAULT_CATALOGUE_SET_FILTER, web-ui/pom.xml): Alpha (295) and Tenth Edition (508). */
    static final long MTG_SLICE_CARDS = 295 + 508;
    /** Its slice of Flesh and Blood: Welcome to Rathe, 226 cards (a card per collector number). */
    static final long FAB_SLICE_CARDS = 226;
    /** Its slice of Yu-Gi-Oh!: Legend of Blue Eyes White Dragon. */
    static final long YUGIOH_SLICE_CARDS = 127;
    /** Its slice of Disney Lorcana: The First Chapter, 216 cards. */
    static final long LORCANA_SLICE_CARDS = 216;
    /** Every configured source imported, in the order the server imports them (Pokémon, Magic, Flesh and Blood, Yu-Gi-Oh!, Lorcana). */
    private static final long ALL_CARDS = IMPORTED_CARDS + MTG_SLICE_CARDS + FAB_SLICE_CARDS + YUGIOH_SLICE_CARDS + LORCANA_SLICE_CARDS;
    private static final long ALL_SETS = IMPORTED_SETS + 2 + 1 + 1 + 1;
    private static final Duration IMPORT_DEADLINE = Duration.ofMinutes(6);

    private Catalogue() {
    }

    /**
     * Polls {@code /api/v2/stats} until the import has written the catalogue, every game's slice
     * included (or the deadline passes); returns the last counters. Tests start on a catalogue that
     * no longer changes.
     */
    static JsonObject awaitImported() {
        Instant deadline = Instant.now().plus(IMPORT_DEADLINE);
        JsonObject stats = Api.get("/api/v2/stats").json().asJsonObject();
        // both counters: the last sets of the Asian dump hold few cards, so cards are nearly all there before sets are
        while ((stats.getJsonNumber("cards").longValue() < ALL_CARDS || stats.getJsonNumber("sets").longValue() < ALL_SETS)
                && Instant.now().isBefore(deadline)) {
            Api.pause(Duration.ofSeconds(2));
            stats = Api.get("/api/v2/stats").json().asJsonObject();
        }
        return stats;
    }
}
