package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CatalogueReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /collection/import} on the real WAR over the imported tcgdex catalogue: each sample
 * format (test resources {@code collection-import-samples/}, Pokémon cards the IT catalogue holds)
 * gives the expected imported, merged and rejected lines; what was stored shows in a second import,
 * whose lines then merge; an unusable file imports nothing; oversized 413, anonymous 401.
 */
class CollectionImportIT {

    private static final String ROUTE = "/collection/import";
    private static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../../shared/data").normalize();
    private static final int LARGE_FILE_ROWS = 10_000;

    @BeforeAll
    static void catalogue() {
        Catalogue.awaitImported();
    }

    private static byte[] sample(String name) {
        try (InputStream in = CollectionImportIT.class.getResourceAsStream("/collection-import-samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.Reply upload(byte[] file, String contentType, String... headers) {
        return Api.multipart(ROUTE, List.of(Api.Part.file("file", "collection.csv", contentType, file)), headers);
    }

    private static JsonObject imported(String cookie, byte[] file) {
        Api.Reply reply = upload(file, "text/csv", "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static List<Integer> lines(JsonObject answer, String list) {
        return answer.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(row -> row.getInt("line")).toList();
    }

    private static JsonObject line(JsonObject answer, String list, int line) {
        return answer.getJsonArray(list).getValuesAs(JsonObject.class).stream().filter(row -> row.getInt("line") == line)
                .findFirst().orElseThrow(() -> new AssertionError("no line " + line + " in " + list + ": " + answer));
    }

    private static String reason(JsonObject answer, int line) {
        return line(answer, "rejected", line).getString("reason");
    }

    /** The catalogue's id of a Pokémon card, by name, printed number and set name. */
    private static long cardId(String name, String number, String setName) {
        Api.Reply found = Api.get("/api/v2/cards?game=pokemon&name=" + name + "&number=" + number);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        for (JsonValue item : found.json().asJsonObject().getJsonArray("items")) {
            long id = item.asJsonObject().getJsonNumber("id").longValue();
            JsonObject card = Api.get("/api/v2/cards/" + id).json().asJsonObject();
            if (card.getJsonObject("set").getString("name").equals(setName)) {
                return id;
            }
        }
        throw new AssertionError("no " + name + " " + number + " in " + setName);
    }

    /**
     * The variant the catalogue lists for a card in that language and print run with that finish:
     * the plain one (no pattern, stamp, size or label) when there is one, else the only one.
     */
    private static long variantId(long cardId, String language, String printRun, String finish) {
        JsonObject card = Api.get("/api/v2/cards/" + cardId).json().asJsonObject();
        List<JsonObject> ofFinish = card.getJsonArray("printings").getValuesAs(JsonObject.class).stream()
                .filter(printing -> printing.getString("language").equals(language) && printing.getString("print_run").equals(printRun))
                .flatMap(printing -> printing.getJsonArray("variants").getValuesAs(JsonObject.class).stream())
                .filter(variant -> variant.getString("finish").equals(finish)).toList();
        List<JsonObject> plain = ofFinish.stream().filter(variant -> variant.isNull("foil_pattern") && variant.isNull("size")
                && variant.getJsonArray("stamps").isEmpty() && "standard".equals(variant.getString("variant_label"))).toList();
        List<JsonObject> chosen = plain.isEmpty() ? ofFinish : plain;
        assertThat(chosen).as("one " + language + " " + printRun + " " + finish + " variant of card " + cardId + ": " + card)
                .hasSize(1);
        return chosen.get(0).getJsonNumber("id").longValue();
    }

    @Test
    void the_specs_own_csv_imports_by_card_id_and_refuses_an_unknown_id_with_its_line() {
        String cookie = Api.registerSession("import-spec");
        long charizard = cardId("Charizard", "4/102", "Base Set");
        long blastoise = cardId("Blastoise", "2/102", "Base Set");
        String csv = "card_id,name,set,tcg,quantity,condition,variant,price_paid,current_value\n"
                + charizard + ",Charizard,Base Set,pokemon,2,NM,holo,350.00,894.61\n"
                + blastoise + ",Blastoise,Base Set,pokemon,1,LP,,120.50,\n"
                + "999999999,Nothing,Nowhere,pokemon,1,NM,,,\n";

        JsonObject answer = imported(cookie, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getString("format")).isEqualTo("cardvault");
        assertThat(lines(answer, "imported")).containsExactly(2, 3);
        assertThat(line(answer, "imported", 2).getJsonNumber("card_id").longValue()).isEqualTo(charizard);
        assertThat(line(answer, "imported", 2).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(charizard, "en", "unlimited", "holofoil"));
        assertThat(line(answer, "imported", 2).getInt("quantity")).isEqualTo(2);
        assertThat(line(answer, "imported", 3).getString("condition")).isEqualTo("LP");
        assertThat(reason(answer, 4)).isEqualTo("no card has the id 999999999");
        assertThat(answer.getInt("imported_count")).isEqualTo(2);
        assertThat(answer.getInt("rejected_count")).isEqualTo(1);
    }

    @Test
    void a_tcgplayer_export_matches_by_product_set_and_number_with_its_printings_and_reports_a_broken_row() {
        String cookie = Api.registerSession("import-tcgplayer");
        long charizard = cardId("Charizard", "4/102", "Base Set");
        long pikachu = cardId("Pikachu", "025/165", "151");
        long lugia = cardId("Lugia", "9/111", "Neo Genesis");

        JsonObject answer = imported(cookie, sample("tcgplayer.csv"));

        assertThat(answer.getString("format")).isEqualTo("tcgplayer");
        assertThat(lines(answer, "imported")).containsExactly(2, 3, 4, 6);
        assertThat(line(answer, "imported", 2).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(charizard, "en", "unlimited", "holofoil"));
        assertThat(line(answer, "imported", 3).getString("card_name")).isEqualTo("Umbreon VMAX");
        assertThat(line(answer, "imported", 3).getString("set_name")).isEqualTo("Evolving Skies");
        assertThat(line(answer, "imported", 4).getJsonNumber("card_id").longValue()).isEqualTo(pikachu);
        assertThat(line(answer, "imported", 4).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(pikachu, "en", "unlimited", "reverse_holofoil"));
        assertThat(line(answer, "imported", 6).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(lugia, "en", "1st_edition", "holofoil"));
        assertThat(reason(answer, 5)).contains("quantity").contains("lots");
        assertThat(answer.getInt("copies_added")).isEqualTo(7);

        JsonObject again = imported(cookie, sample("tcgplayer.csv"));

        assertThat(lines(again, "imported")).isEmpty();
        assertThat(lines(again, "merged")).containsExactly(2, 3, 4, 6);
        assertThat(line(again, "merged", 3).get("merged_into_line")).isEqualTo(JsonValue.NULL);
        assertThat(line(again, "merged", 3).getInt("holding_quantity")).isEqualTo(4);
        assertThat(line(again, "merged", 3).getJsonNumber("entry_id").longValue())
                .isEqualTo(line(answer, "imported", 3).getJsonNumber("entry_id").longValue());
    }

    @Test
    void a_collectr_export_keeps_slabs_and_reports_a_name_that_disagrees_with_its_number_at_its_line() {
        String cookie = Api.registerSession("import-collectr");
        long gengar = cardId("Gengar", "5/62", "Fossil");

        JsonObject answer = imported(cookie, sample("collectr.csv"));

        assertThat(answer.getString("format")).isEqualTo("collectr");
        // the Charizard row's notes run over two lines: Rayquaza starts on line 4
        assertThat(lines(answer, "imported")).containsExactly(2, 4, 5);
        assertThat(line(answer, "imported", 4).getString("card_name")).isEqualTo("Rayquaza VMAX");
        assertThat(line(answer, "imported", 5).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(gengar, "en", "1st_edition", "holofoil"));
        assertThat(line(answer, "imported", 5).getString("condition")).isEqualTo("HP");
        assertThat(reason(answer, 6)).isEqualTo("number 4/102 of Base Set is Charizard, not Blastoise");
    }

    @Test
    void a_cardmarket_stock_file_matches_by_product_in_the_rows_language_and_reports_reader_and_matcher_refusals() {
        String cookie = Api.registerSession("import-cardmarket");
        long charizard = cardId("Charizard", "4/102", "Base Set");

        JsonObject answer = imported(cookie, sample("cardmarket.csv"));

        assertThat(answer.getString("format")).isEqualTo("cardmarket");
        assertThat(lines(answer, "imported")).containsExactly(2, 3);
        assertThat(line(answer, "imported", 2).getJsonNumber("card_id").longValue()).isEqualTo(charizard);
        assertThat(line(answer, "imported", 2).getJsonNumber("variant_id").longValue())
                .isEqualTo(variantId(charizard, "de", "unlimited", "holofoil"));
        assertThat(line(answer, "imported", 2).getString("condition")).isEqualTo("LP");
        assertThat(line(answer, "imported", 3).getInt("quantity")).isEqualTo(2);
        assertThat(reason(answer, 4)).contains("quantity");
        assertThat(reason(answer, 5)).isEqualTo("no card named Charizrd in Base Set");
    }

    @Test
    void a_generic_file_merges_a_repeated_holding_and_refuses_a_printing_the_card_lacks() {
        String cookie = Api.registerSession("import-generic");

        JsonObject answer = imported(cookie, sample("generic.csv"));

        assertThat(answer.getString("format")).isEqualTo("generic");
        assertThat(lines(answer, "imported")).containsExactly(2, 3);
        assertThat(lines(answer, "merged")).containsExactly(4);
        JsonObject merged = line(answer, "merged", 4);
        assertThat(merged.getInt("merged_into_line")).isEqualTo(2);
        assertThat(merged.getInt("holding_quantity")).isEqualTo(4);
        assertThat(merged.getJsonNumber("entry_id").longValue()).isEqualTo(line(answer, "imported", 2).getJsonNumber("entry_id").longValue());
        assertThat(reason(answer, 5)).contains("Zapdos", "has no reverse holofoil variant", "it has: holofoil");
        assertThat(answer.getInt("merged_count")).isEqualTo(1);
    }

    @Test
    void an_unusable_file_imports_nothing_and_is_422_with_the_reason() {
        String cookie = Api.registerSession("import-unusable");
        byte[] unknownHeader = ("colour,weight\nred,12\n").getBytes(StandardCharsets.UTF_8);
        byte[] brokenQuoting = ("Name,Set,Number,Quantity,Condition\n\"Pikachu,Base Set,58,1,NM\n").getBytes(StandardCharsets.UTF_8);

        for (byte[] unusable : List.of(unknownHeader, brokenQuoting)) {
            Api.Reply refused = upload(unusable, "text/csv", "Cookie", cookie);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            JsonObject error = refused.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
            assertThat(error.getJsonArray("loc").getString(1)).isEqualTo("file");
            assertThat(error.getString("msg")).isNotBlank();
        }
        Api.Reply missingField = Api.multipart(ROUTE, List.of(Api.Part.text("other", "x")), "Cookie", cookie);
        assertThat(missingField.status()).isEqualTo(422);
        assertThat(missingField.body()).contains("field required");
        Api.Reply spreadsheet = upload(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}, "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", "Cookie", cookie);
        assertThat(spreadsheet.status()).as(spreadsheet.body()).isEqualTo(415);

        // nothing of the refused files was stored: the account's first real import only imports, never merges
        JsonObject first = imported(cookie, sample("generic.csv"));
        assertThat(lines(first, "imported")).containsExactly(2, 3);
        assertThat(line(first, "merged", 4).getInt("merged_into_line")).isEqualTo(2);
    }

    @Test
    void an_oversized_file_is_413_and_an_anonymous_upload_401() {
        String cookie = Api.registerSession("import-large");
        byte[] large = new byte[2 * 1024 * 1024 + 100 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');

        Api.Reply tooLarge = upload(large, "text/csv", "Cookie", cookie);
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.json().asJsonObject().getString("detail")).contains("2 MB");

        Api.Reply anonymous = upload(sample("generic.csv"), "text/csv");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().asJsonObject().getString("detail")).isNotBlank();
        Api.Reply anonymousLarge = upload(large, "text/csv");
        assertThat(anonymousLarge.status()).isEqualTo(401);
    }

    @Test
    void an_api_key_imports_into_its_owners_collection_and_counts_against_its_rate_limit() {
        String cookie = Api.registerSession("import-key");
        Api.Reply created = Api.call("POST", "/api/keys", "{\"name\":\"importer\"}", "Cookie", cookie);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = created.json().asJsonObject().getString("key");

        Api.Reply first = upload(sample("generic.csv"), "text/csv", "X-API-Key", key);
        Api.Reply second = upload(sample("generic.csv"), "text/csv", "X-API-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(Integer.parseInt(second.header("X-RateLimit-Remaining")))
                .isLessThan(Integer.parseInt(first.header("X-RateLimit-Remaining")));
        JsonArray merged = second.json().asJsonObject().getJsonArray("merged");
        assertThat(merged).hasSize(3);
        // the session's owner sees the key's import as its own holdings
        JsonObject bySession = imported(cookie, sample("generic.csv"));
        assertThat(lines(bySession, "merged")).containsExactly(2, 3, 4);
    }

    @Test
    void a_ten_thousand_row_file_of_real_catalogue_cards_imports_in_one_request() {
        String cookie = Api.registerSession("import-large-file");
        StringBuilder csv = new StringBuilder("Name,Set code,Collector number,Quantity,Condition\n");
        List<CatalogueCard> cards = CatalogueReader.read(DATA.resolve("catalogue/tcgdex-en")).stream()
                .filter(card -> !card.name().contains(",") && !card.name().contains("\"")).limit(LARGE_FILE_ROWS).toList();
        assertThat(cards).hasSize(LARGE_FILE_ROWS);
        cards.forEach(card -> csv.append(card.name()).append(',').append(card.setCode()).append(',').append(card.localId())
                .append(",1,NM\n"));

        Api.Reply reply = Api.multipart(ROUTE, Duration.ofMinutes(2),
                List.of(new Api.Part("file", "large.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))), "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject answer = reply.json().asJsonObject();

        assertThat(answer.getInt("imported_count") + answer.getInt("merged_count") + answer.getInt("rejected_count"))
                .isEqualTo(LARGE_FILE_ROWS);
        // a few set codes name two sets, and a card's number and name can then fit both: those rows are refused as ambiguous
        assertThat(answer.getInt("rejected_count")).as(answer.getJsonArray("rejected").toString()).isLessThan(LARGE_FILE_ROWS / 20);
    }
}
