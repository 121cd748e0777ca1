package io.cardvault.adapter.out.persistence.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.bulk.BulkPrice;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.domain.platform.BulkDataKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the gzip store writes: one JSON object per line, parseable whatever the text holds; old files go. */
class GzipBulkFileStoreTest {

    @TempDir
    Path folder;

    private static BulkCard card(long id, String name) {
        return new BulkCard(id, "pokemon", 7, "BS", "Base \"Set\"", LocalDate.of(1999, 1, 9), "4", "4/102", name, "en", "Rare Holo",
                "Pokemon", new BulkCard.BulkCrossRefs(273L, null, null, null, null, null),
                List.of(new BulkCard.BulkVariant(11, "en", "unlimited", "holofoil", "standard"),
                        new BulkCard.BulkVariant(12, "en", "1st_edition", "holofoil", "standard")));
    }

    private static List<JsonObject> lines(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        }
    }

    @Test
    void every_record_is_one_json_line_even_with_quotes_control_characters_and_line_separators() throws IOException {
        GzipBulkFileStore store = new GzipBulkFileStore(folder);
        try (BulkFileDraft draft = store.begin(BulkDataKind.ALL_CARDS)) {
            draft.append(card(4, "Charizard"));
            draft.append(card(5, "Tab\there \\ \"quoted\"\nnew line \u0001 \u2028 Dracaufeu é"));
            draft.publish(Instant.parse("2026-12-07T05:30:00Z"));
        }

        List<JsonObject> lines = lines(store.current(BulkDataKind.ALL_CARDS).orElseThrow().path());

        assertThat(lines).hasSize(2);
        JsonObject first = lines.get(0);
        assertThat(first.getString("object")).isEqualTo("card");
        assertThat(first.getJsonNumber("id").longValue()).isEqualTo(4);
        assertThat(first.getString("set_name")).isEqualTo("Base \"Set\"");
        assertThat(first.getString("release_date")).isEqualTo("1999-01-09");
        assertThat(first.getJsonObject("cross_refs").getJsonNumber("cardmarket_product_id").longValue()).isEqualTo(273);
        assertThat(first.getJsonObject("cross_refs").isNull("tcgplayer_product_id")).isTrue();
        assertThat(first.getJsonArray("variants")).hasSize(2);
        assertThat(first.getJsonArray("variants").getJsonObject(1).getString("print_run")).isEqualTo("1st_edition");
        assertThat(lines.get(1).getString("name")).isEqualTo("Tab\there \\ \"quoted\"\nnew line \u0001 \u2028 Dracaufeu é");
    }

    @Test
    void a_price_line_carries_its_amount_as_a_plain_number_and_raw_grading_as_null() throws IOException {
        GzipBulkFileStore store = new GzipBulkFileStore(folder);
        try (BulkFileDraft draft = store.begin(BulkDataKind.LATEST_PRICES)) {
            draft.append(new BulkPrice(4, 11, "cardmarket", "eu", "trend", null, null, "EUR", new BigDecimal("312.5000"),
                    LocalDate.of(2026, 12, 6), true));
            draft.publish(Instant.parse("2026-12-07T05:30:00Z"));
        }

        JsonObject price = lines(store.current(BulkDataKind.LATEST_PRICES).orElseThrow().path()).get(0);

        assertThat(price.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("312.5");
        assertThat(price.isNull("grading_company")).isTrue();
        assertThat(price.getBoolean("sandbox")).isTrue();
        assertThat(price.getString("as_of")).isEqualTo("2026-12-06");
    }

    @Test
    void a_publish_keeps_the_previous_file_for_downloads_under_way_and_deletes_older_ones() throws IOException {
        GzipBulkFileStore store = new GzipBulkFileStore(folder);
        for (int day = 1; day <= 3; day++) {
            try (BulkFileDraft draft = store.begin(BulkDataKind.ALL_CARDS)) {
                draft.append(card(day, "Card " + day));
                draft.publish(Instant.parse("2026-12-0" + day + "T05:30:00Z"));
            }
        }

        StoredBulkFile current = store.current(BulkDataKind.ALL_CARDS).orElseThrow();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jsonl.gz")))
                    .containsExactlyInAnyOrder(current.path().getFileName().toString(),
                            "all_cards-" + Instant.parse("2026-12-02T05:30:00Z").toEpochMilli() + ".jsonl.gz");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".part"))).isEmpty();
        }
    }
}
