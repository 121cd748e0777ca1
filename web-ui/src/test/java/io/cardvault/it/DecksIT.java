package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /decks} on the real WAR: build, read, import, legality and value, for the owner, another user and
 * anonymous callers, public and private, and bad input in the documented shapes. Magic cards come from the IT
 * server's slice (LEA and 10E): Lightning Bolt is printed once there, Mountain and Llanowar Elves several times.
 */
class DecksIT {

    private static long bolt;
    private static long mountain;
    private static long pikachu;

    @BeforeAll
    static void catalogue() {
        Catalogue.awaitImported();
        PriceFixtures.install();
        bolt = firstCard("mtg", "Lightning Bolt");
        mountain = firstCard("mtg", "Mountain");
        pikachu = firstCard("pokemon", "Pikachu");
    }

    private static long firstCard(String game, String name) {
        Api.Reply found = Api.get("/api/v2/cards?game=" + game + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().asJsonObject().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject created(String cookie, String body) {
        Api.Reply reply = Api.call("POST", "/decks", body, "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().asJsonObject();
    }

    private static JsonObject add(String cookie, long deck, long card, int quantity, String section) {
        Api.Reply reply = Api.call("POST", "/decks/" + deck + "/cards",
                "{\"card_id\":" + card + ",\"quantity\":" + quantity + ",\"section\":\"" + section + "\"}", "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static JsonObject ok(String path, String... headers) {
        Api.Reply reply = Api.call("GET", path, null, headers);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static long id(JsonObject deck) {
        return deck.getJsonNumber("id").longValue();
    }

    @Test
    void a_modern_deck_becomes_legal_at_sixty_cards_and_is_listed_for_its_owner() {
        String cookie = Watchers.session("deck-build");
        JsonObject deck = created(cookie, "{\"name\":\"Burn\",\"tcg_slug\":\"mtg\",\"format\":\"modern\"}");
        assertThat(deck.getString("tcg_slug")).isEqualTo("mtg");
        assertThat(deck.getBoolean("is_public")).isFalse();
        assertThat(deck.getJsonArray("cards")).isEmpty();

        add(cookie, id(deck), bolt, 4, "main");
        JsonObject built = add(cookie, id(deck), mountain, 55, "main");
        assertThat(built.getInt("main_count")).isEqualTo(59);

        JsonObject short59 = ok("/decks/" + id(deck) + "/legality", "Cookie", cookie);
        assertThat(short59.getBoolean("legal")).isFalse();
        assertThat(short59.getString("rules")).isEqualTo("mtg-constructed");
        assertThat(short59.getJsonArray("problems")).singleElement()
                .satisfies(problem -> assertThat(problem.asJsonObject().getString("rule")).isEqualTo("deck_size"));

        add(cookie, id(deck), mountain, 1, "main");
        JsonObject legal = ok("/decks/" + id(deck) + "/legality", "Cookie", cookie);
        assertThat(legal.getBoolean("legal")).as(legal.toString()).isTrue();
        assertThat(legal.getString("status")).isEqualTo("legal");

        add(cookie, id(deck), bolt, 1, "sideboard");
        JsonObject fiveBolts = ok("/decks/" + id(deck) + "/legality", "Cookie", cookie);
        assertThat(fiveBolts.getJsonArray("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.asJsonObject().getString("rule")).isEqualTo("copy_limit");
            assertThat(problem.asJsonObject().getString("card_name")).isEqualTo("Lightning Bolt");
            assertThat(problem.asJsonObject().getJsonNumber("card_id").longValue()).isEqualTo(bolt);
        });

        JsonObject mine = ok("/decks", "Cookie", cookie);
        assertThat(mine.getInt("total")).isEqualTo(1);
        assertThat(mine.getJsonArray("items").getJsonObject(0).getInt("sideboard_count")).isEqualTo(1);
    }

    @Test
    void a_private_deck_is_not_found_for_others_and_a_public_one_is_readable_by_anyone_but_changed_only_by_its_owner() {
        String owner = Watchers.session("deck-owner");
        String other = Watchers.session("deck-other");
        long hidden = id(created(owner, "{\"name\":\"Secret\",\"tcg_slug\":\"mtg\"}"));
        long shown = id(created(owner, "{\"name\":\"Shared\",\"tcg_slug\":\"mtg\",\"format\":\"vintage\",\"is_public\":true}"));
        add(owner, shown, bolt, 2, "main");

        for (String path : List.of("", "/legality", "/value")) {
            Watchers.assertDetail(Api.call("GET", "/decks/" + hidden + path, null, "Cookie", other), 404);
            Watchers.assertDetail(Api.call("GET", "/decks/" + hidden + path, null), 404);
            assertThat(Api.call("GET", "/decks/" + hidden + path, null, "Cookie", owner).status()).isEqualTo(200);
            assertThat(Api.call("GET", "/decks/" + shown + path, null).status()).isEqualTo(200);
            assertThat(Api.call("GET", "/decks/" + shown + path, null, "Cookie", other).status()).isEqualTo(200);
        }
        JsonObject anonymousValue = ok("/decks/" + shown + "/value");
        assertThat(anonymousValue.isNull("owned_count")).isTrue();
        Watchers.assertDetail(Api.call("POST", "/decks/" + shown + "/cards", "{\"card_id\":" + bolt + "}", "Cookie", other), 404);
        Watchers.assertDetail(Api.call("POST", "/decks/" + hidden + "/cards", "{\"card_id\":" + bolt + "}", "Cookie", other), 404);
        assertThat(ok("/decks", "Cookie", other).getInt("total")).isZero();
        assertThat(ok("/decks/" + shown).getJsonArray("cards").getJsonObject(0).getInt("quantity")).isEqualTo(2);
    }

    @Test
    void anonymous_callers_cannot_list_create_change_or_import_and_a_key_works() {
        Watchers.assertDetail(Api.call("GET", "/decks", null), 401);
        Watchers.assertDetail(Api.call("POST", "/decks", "{\"name\":\"x\",\"tcg_slug\":\"mtg\"}"), 401);
        Watchers.assertDetail(Api.call("POST", "/decks/1/cards", "{\"card_id\":" + bolt + "}"), 401);
        Watchers.assertDetail(Api.call("POST", "/decks/import", "{\"tcg_slug\":\"mtg\",\"text\":\"4 Lightning Bolt\"}"), 401);

        String key = Watchers.apiKey(Watchers.session("deck-key"));
        Api.Reply byKey = Api.call("POST", "/decks", "{\"name\":\"By key\",\"tcg_slug\":\"pokemon\"}", "X-API-Key", key);
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(201);
        assertThat(Api.call("GET", "/decks", null, "X-API-Key", key).json().asJsonObject().getInt("total")).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_422_naming_the_field_and_unknown_decks_are_404() {
        String cookie = Watchers.session("deck-bad");
        Watchers.assertInvalid(Api.call("POST", "/decks", "{}", "Cookie", cookie), "name", "tcg_slug");
        Watchers.assertInvalid(Api.call("POST", "/decks", "{\"name\":\"x\",\"tcg_slug\":\"chess\"}", "Cookie", cookie), "tcg_slug");
        Watchers.assertInvalid(Api.call("POST", "/decks", "{\"name\":\"x\",\"tcg_slug\":\"mtg\",\"format\":\"Not A Format!\"}",
                "Cookie", cookie), "format");
        Watchers.assertInvalid(Api.call("POST", "/decks", "{\"name\":\"" + "x".repeat(101) + "\",\"tcg_slug\":\"mtg\"}",
                "Cookie", cookie), "name");
        long deck = id(created(cookie, "{\"name\":\"Bad\",\"tcg_slug\":\"mtg\"}"));
        String cards = "/decks/" + deck + "/cards";
        Watchers.assertInvalid(Api.call("POST", cards, "{}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":999999999}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":" + pikachu + "}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":" + bolt + ",\"quantity\":0}", "Cookie", cookie), "quantity");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":" + bolt + ",\"quantity\":251}", "Cookie", cookie), "quantity");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":" + bolt + ",\"section\":\"attic\"}", "Cookie", cookie), "section");
        Watchers.assertInvalid(Api.call("POST", cards, "{\"card_id\":\"abc\"}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("GET", "/decks/" + deck + "/value?currency=XAU", null, "Cookie", cookie), "currency");
        Watchers.assertInvalid(Api.call("POST", "/decks/import", "{\"tcg_slug\":\"mtg\",\"text\":\"  \"}", "Cookie", cookie), "text");
        Watchers.assertInvalid(Api.call("POST", "/decks/import", "{\"tcg_slug\":\"mtg\"}", "Cookie", cookie), "text");
        for (String path : List.of("/decks/0", "/decks/999999999", "/decks/999999999/legality", "/decks/-3/value")) {
            Watchers.assertDetail(Api.call("GET", path, null, "Cookie", cookie), 404);
        }
        // a path id that is no number is the platform's 422, as on every route with a numeric path parameter
        assertThat(Api.call("GET", "/decks/abc", null, "Cookie", cookie).status()).isEqualTo(422);
        assertThat(ok("/decks/" + deck, "Cookie", cookie).getJsonArray("cards")).isEmpty();
        assertThat(Api.get("/health/db").status()).isEqualTo(200);
    }

    @Test
    void importing_a_magic_list_takes_unique_names_and_exact_printings_and_lists_the_rest_by_line() {
        String cookie = Watchers.session("deck-import");
        String text = "Deck\n4 Lightning Bolt\n20 Mountain\n2 Llanowar Elves (10E) 274\nthis is not a card\n1 Black Lotus (LEA) 999\n"
                + "1 Tarmogoyf\n\nSideboard\n2 Llanowar Elves\n";
        Api.Reply reply = Api.call("POST", "/decks/import", "{\"tcg_slug\":\"mtg\",\"format\":\"modern\",\"name\":\"Imported\",\"text\":"
                + jsonString(text) + "}", "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject result = reply.json().asJsonObject();
        assertThat(result.getJsonArray("imported").getValuesAs(JsonObject.class))
                .extracting(line -> line.getInt("line"), line -> line.getString("name"), line -> line.getString("section"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Lightning Bolt", "main"),
                        org.assertj.core.groups.Tuple.tuple(4, "Llanowar Elves", "main"),
                        // LEA has no number 999: the name is looked for in LEA, which prints one Black Lotus
                        org.assertj.core.groups.Tuple.tuple(6, "Black Lotus", "main"));
        List<JsonObject> unresolved = result.getJsonArray("unresolved").getValuesAs(JsonObject.class);
        assertThat(unresolved).extracting(line -> line.getInt("line"), line -> line.getString("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ambiguous"), org.assertj.core.groups.Tuple.tuple(5, "unreadable"),
                        org.assertj.core.groups.Tuple.tuple(7, "not_found"), org.assertj.core.groups.Tuple.tuple(10, "ambiguous"));
        assertThat(unresolved.get(0).getJsonArray("candidates").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("Mountain (LEA 292)", "Mountain (10E 376)");
        JsonObject deck = result.getJsonObject("deck");
        assertThat(deck.getString("name")).isEqualTo("Imported");
        assertThat(deck.getInt("main_count")).isEqualTo(7);
        assertThat(ok("/decks/" + id(deck), "Cookie", cookie).getJsonArray("cards")).hasSize(3);
    }

    @Test
    void a_pokemon_tcg_live_list_imports_and_its_rotated_card_is_named_by_standard() {
        String cookie = Watchers.session("deck-ptcgl");
        String text = "Pokémon: 4\n4 Bulbasaur MEG 1\n\nTrainer: 2\n2 Arven SVI 166\n\nEnergy: 54\n54 Grass Energy SVE 1\n\nTotal Cards: 60\n";
        Api.Reply reply = Api.call("POST", "/decks/import", "{\"tcg_slug\":\"pokemon\",\"format\":\"standard\",\"text\":"
                + jsonString(text) + "}", "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject result = reply.json().asJsonObject();
        assertThat(result.getJsonArray("unresolved")).as(result.toString()).isEmpty();
        assertThat(result.getInt("imported_count")).isEqualTo(3);
        JsonObject deck = result.getJsonObject("deck");
        assertThat(deck.getString("name")).isEqualTo("Imported deck");
        assertThat(deck.getInt("main_count")).isEqualTo(60);

        JsonObject legality = ok("/decks/" + id(deck) + "/legality", "Cookie", cookie);
        assertThat(legality.getString("rules")).isEqualTo("pokemon-standard");
        assertThat(legality.getJsonArray("problems")).as(legality.toString()).singleElement().satisfies(problem -> {
            assertThat(problem.asJsonObject().getString("rule")).isEqualTo("regulation_mark");
            assertThat(problem.asJsonObject().getString("card_name")).isEqualTo("Arven");
            assertThat(problem.asJsonObject().getString("message")).contains("regulation mark G");
        });
    }

    @Test
    void a_deck_is_valued_at_the_newest_prices_with_the_readers_owned_copies_and_the_cost_of_the_rest() {
        String cookie = Watchers.session("deck-value");
        long blastoise = PriceFixtures.install().cardId();
        long deck = id(created(cookie, "{\"name\":\"Water\",\"tcg_slug\":\"pokemon\",\"format\":\"expanded\",\"is_public\":true}"));
        add(cookie, deck, blastoise, 4, "main");
        Api.Reply collected = Api.call("POST", "/collection/add", "{\"card_id\":" + blastoise + ",\"quantity\":1}", "Cookie", cookie);
        assertThat(collected.status()).as(collected.body()).isIn(200, 201);

        JsonObject value = ok("/decks/" + deck + "/value", "Cookie", cookie);
        assertThat(value.getString("currency")).isEqualTo("EUR");
        JsonObject line = value.getJsonArray("cards").getJsonObject(0);
        assertThat(line.getInt("quantity")).isEqualTo(4);
        assertThat(line.getInt("owned")).isEqualTo(1);
        assertThat(line.get("unit_value").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(value.getJsonNumber("total_value").bigDecimalValue())
                .isEqualByComparingTo(line.getJsonNumber("line_value").bigDecimalValue())
                .isPositive();
        assertThat(value.getInt("owned_count")).isEqualTo(1);
        assertThat(value.getInt("missing_count")).isEqualTo(3);
        assertThat(value.getJsonNumber("cost_of_missing").bigDecimalValue())
                .isEqualByComparingTo(line.getJsonNumber("unit_value").bigDecimalValue().multiply(java.math.BigDecimal.valueOf(3)));
        assertThat(value.getInt("unvalued_count")).isZero();

        JsonObject usd = ok("/decks/" + deck + "/value?currency=USD");
        assertThat(usd.getString("currency")).isEqualTo("USD");
        assertThat(usd.isNull("owned_count")).isTrue();
    }

    @Test
    void a_game_without_known_rules_gets_the_generic_answer_said_as_such() {
        String cookie = Watchers.session("deck-generic");
        long deck = id(created(cookie, "{\"name\":\"Ink\",\"tcg_slug\":\"lorcana\"}"));
        JsonObject legality = ok("/decks/" + deck + "/legality", "Cookie", cookie);
        assertThat(legality.isNull("legal")).isTrue();
        assertThat(legality.getString("status")).isEqualTo("unchecked");
        assertThat(legality.getString("rules")).isEqualTo("generic");
        assertThat(legality.getString("note")).startsWith("Generic answer");
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
