package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PokeTrace-compatible API on Liberty + MariaDB: every {@code /v1} route in the guide's shapes,
 * the plan headers on every answer, every error with the guide's texts, signed cursors refused when
 * edited or foreign, the plans' gates (Free: US and raw only) and the per-account daily quota shared
 * by two keys. Prices are {@link PriceFixtures}' Base Set Blastoise (US) plus Cardmarket averages this
 * class writes for another Base Set card (EU).
 */
class PokeTraceApiIT {

    private static final String ISO_MIDNIGHT = "\\d{4}-\\d{2}-\\d{2}T00:00:00Z";
    private static PriceFixtures.Fixture prices;
    private static EuCard eu;

    private record EuCard(long cardId, long cardmarketId) {
    }

    @BeforeAll
    static void data() throws SQLException {
        Catalogue.awaitImported();
        prices = PriceFixtures.install();
        eu = installCardmarketAverages();
    }

    /** Cardmarket avg, avg1, avg7 and avg30 (today: 40, 41, 42, 43 EUR) on the first variant of a Base Set card sold on Cardmarket. */
    private static EuCard installCardmarketAverages() throws SQLException {
        try (Connection db = PokeTrace.database(); Statement sql = db.createStatement()) {
            long card;
            long cardmarket;
            long variant;
            try (ResultSet row = sql.executeQuery("SELECT c.id, COALESCE(c.cardmarket_product_id, (SELECT MIN(v.cardmarket_product_id) "
                    + "FROM printing p JOIN variant v ON v.printing_id = p.id WHERE p.card_id = c.id)) AS cm, "
                    + "(SELECT MIN(v.id) FROM printing p JOIN variant v ON v.printing_id = p.id WHERE p.card_id = c.id) AS first "
                    + "FROM card c JOIN card_set s ON s.id = c.set_id WHERE s.name = 'Base Set' AND s.language = 'en' "
                    + "AND c.name NOT IN ('Blastoise', 'Venusaur', 'Alakazam', 'Charizard') HAVING cm IS NOT NULL ORDER BY c.id LIMIT 1")) {
                row.next();
                card = row.getLong(1);
                cardmarket = row.getLong(2);
                variant = row.getLong(3);
            }
            String mine = "SELECT id FROM price_series WHERE variant_id = " + variant + " AND source = 'cardmarket' "
                    + "AND price_type IN ('avg', 'avg1', 'avg7', 'avg30')";
            sql.execute("DELETE FROM price_latest WHERE series_id IN (" + mine + ")");
            sql.execute("DELETE FROM price_point WHERE series_id IN (" + mine + ")");
            sql.execute("DELETE FROM price_series WHERE id IN (SELECT id FROM (" + mine + ") gone)");
            sql.execute("INSERT INTO price_ingest_run (source, upstream, sandbox, status) VALUES ('cardmarket', 'PokeTraceApiIT', 0, 'done')");
            long run;
            try (ResultSet row = sql.executeQuery("SELECT MAX(id) FROM price_ingest_run")) {
                row.next();
                run = row.getLong(1);
            }
            String[] types = {"avg", "avg1", "avg7", "avg30"};
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (int i = 0; i < types.length; i++) {
                try (PreparedStatement series = db.prepareStatement("INSERT INTO price_series (variant_id, card_id, source, region, "
                        + "price_type, currency) VALUES (?, ?, 'cardmarket', 'eu', ?, 'EUR')", Statement.RETURN_GENERATED_KEYS)) {
                    series.setLong(1, variant);
                    series.setLong(2, card);
                    series.setString(3, types[i]);
                    series.executeUpdate();
                    long id;
                    try (ResultSet keys = series.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (String table : List.of("price_point (series_id, day, amount, run_id)", "price_latest (series_id, day, amount, run_id, card_id)")) {
                        boolean latest = table.startsWith("price_latest");
                        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?"
                                + (latest ? ", ?)" : ")"))) {
                            insert.setLong(1, id);
                            insert.setDate(2, Date.valueOf(today));
                            insert.setBigDecimal(3, BigDecimal.valueOf(40 + i));
                            insert.setLong(4, run);
                            if (latest) {
                                insert.setLong(5, card);
                            }
                            insert.executeUpdate();
                        }
                    }
                }
            }
            return new EuCard(card, cardmarket);
        }
    }

    private static void assertPlanHeaders(Api.Reply reply, String plan, long limit) {
        assertThat(reply.header("X-Plan")).isEqualTo(plan);
        assertThat(Long.parseLong(reply.header("X-RateLimit-Limit"))).isEqualTo(limit);
        assertThat(Long.parseLong(reply.header("X-RateLimit-Remaining"))).isBetween(0L, limit - 1);
        assertThat(reply.header("X-RateLimit-Reset")).matches(ISO_MIDNIGHT);
        assertThat(Instant.parse(reply.header("X-RateLimit-Reset"))).isAfter(Instant.now());
    }

    @Test
    void cards_of_a_set_in_the_guides_shape_with_the_plan_headers() {
        PokeTrace.Caller free = PokeTrace.account("free");

        Api.Reply reply = PokeTrace.get(free.key(), "/v1/cards?market=US&set=base-set&limit=20");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertPlanHeaders(reply, "Free", 250);
        JsonObject body = PokeTrace.json(reply);
        JsonArray data = body.getJsonArray("data");
        assertThat(data).hasSize(20);
        JsonObject first = data.getJsonObject(0);
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "name", "cardNumber", "set", "variant", "rarity", "market", "currency");
        assertThat(first.getJsonObject("set").getString("slug")).isEqualTo("base-set");
        assertThat(first.getJsonObject("set").getString("name")).isEqualTo("Base Set");
        assertThat(first.getString("market")).isEqualTo("US");
        assertThat(first.getString("currency")).isEqualTo("USD");
        JsonObject pagination = body.getJsonObject("pagination");
        assertThat(pagination.getBoolean("hasMore")).isTrue();
        assertThat(pagination.getInt("count")).isEqualTo(20);
        assertThat(pagination.getString("nextCursor")).isNotBlank();

        Api.Reply charizard = PokeTrace.get(free.key(), "/v1/cards?set=base-set&search=charizard&card_number=4%2F102");
        JsonObject found = PokeTrace.json(charizard).getJsonArray("data").getJsonObject(0);
        assertThat(found.getString("name")).isEqualTo("Charizard");
        assertThat(found.getString("cardNumber")).isEqualTo("4/102");
        assertThat(found.getString("variant")).isEqualTo("Holofoil");
        assertThat(PokeTrace.json(charizard).getJsonObject("pagination").getBoolean("hasMore")).isFalse();
        assertThat(PokeTrace.json(charizard).getJsonObject("pagination").isNull("nextCursor")).isTrue();
    }

    @Test
    void a_us_card_shows_tcgplayer_raw_and_ebay_tiers_and_a_free_plan_sees_no_graded_tier() {
        PokeTrace.Caller pro = PokeTrace.account("pro");
        String id = PokeTrace.usId(prices.cardId());

        Api.Reply reply = PokeTrace.get(pro.key(), "/v1/cards/" + id);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertPlanHeaders(reply, "Pro", 10_000);
        JsonObject card = PokeTrace.json(reply).getJsonObject("data");
        assertThat(card.getString("id")).isEqualTo(id);
        assertThat(card.getString("name")).isEqualTo("Blastoise");
        assertThat(card.getString("currency")).isEqualTo("USD");
        JsonObject ebay = card.getJsonObject("prices").getJsonObject("ebay");
        // eBay's own sold comps (125, PSA 10 2100) win over PriceCharting's (120, 2000); company-less grades are left out
        assertThat(ebay.keySet()).containsExactly("NEAR_MINT", "PSA_10");
        assertThat(ebay.getJsonObject("NEAR_MINT").getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("125");
        assertThat(ebay.getJsonObject("PSA_10").getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("2100");
        JsonObject tcgplayer = card.getJsonObject("prices").getJsonObject("tcgplayer");
        assertThat(tcgplayer.keySet()).containsExactly("NEAR_MINT");
        assertThat(tcgplayer.getJsonObject("NEAR_MINT").getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("130");
        assertThat(tcgplayer.getJsonObject("NEAR_MINT").getJsonNumber("low").bigDecimalValue()).isEqualByComparingTo("110");
        assertThat(tcgplayer.getJsonObject("NEAR_MINT").containsKey("high")).isFalse(); // no source gives it: left out
        assertThat(card.getJsonArray("gradedOptions")).extracting(value -> ((jakarta.json.JsonString) value).getString())
                .containsExactly("PSA_10");

        PokeTrace.Caller free = PokeTrace.account("free");
        JsonObject raw = PokeTrace.json(PokeTrace.get(free.key(), "/v1/cards/" + id)).getJsonObject("data");
        assertThat(raw.getJsonObject("prices").getJsonObject("ebay").keySet()).containsExactly("NEAR_MINT");
    }

    @Test
    void an_eu_card_shows_cardmarket_averages_in_euros() {
        PokeTrace.Caller pro = PokeTrace.account("starter");
        String id = "eu_" + eu.cardmarketId();

        Api.Reply reply = PokeTrace.get(pro.key(), "/v1/cards/" + id);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject card = PokeTrace.json(reply).getJsonObject("data");
        assertThat(card.getString("id")).isEqualTo(id);
        assertThat(card.getString("market")).isEqualTo("EU");
        assertThat(card.getString("currency")).isEqualTo("EUR");
        JsonObject cardmarket = card.getJsonObject("prices").getJsonObject("cardmarket");
        assertThat(cardmarket.getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("40");
        assertThat(cardmarket.getJsonNumber("avg1d").bigDecimalValue()).isEqualByComparingTo("41");
        assertThat(cardmarket.getJsonNumber("avg7d").bigDecimalValue()).isEqualByComparingTo("42");
        assertThat(cardmarket.getJsonNumber("avg30d").bigDecimalValue()).isEqualByComparingTo("43");
        assertThat(card.getJsonObject("prices").containsKey("ebay")).isFalse();

        JsonArray listed = PokeTrace.json(PokeTrace.get(pro.key(), "/v1/cards?market=EU&set=base-set&limit=100")).getJsonArray("data");
        assertThat(listed).isNotEmpty().allSatisfy(value -> {
            assertThat(value.asJsonObject().getString("id")).startsWith("eu_");
            assertThat(value.asJsonObject().getString("currency")).isEqualTo("EUR");
        });
    }

    @Test
    void sets_by_slug_with_search_game_and_a_cursor_walk() {
        PokeTrace.Caller free = PokeTrace.account("free");

        JsonObject base = PokeTrace.json(PokeTrace.get(free.key(), "/v1/sets?search=base&limit=5"));
        JsonObject first = base.getJsonArray("data").getJsonObject(0);
        assertThat(base.getJsonArray("data")).extracting(value -> value.asJsonObject().getString("slug")).contains("base-set");
        assertThat(first.keySet()).containsExactlyInAnyOrder("slug", "name", "releaseDate", "cardCount");
        JsonObject baseSet = base.getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .filter(set -> set.getString("slug").equals("base-set")).findFirst().orElseThrow();
        assertThat(baseSet.getString("releaseDate")).isEqualTo("1999-01-09");
        assertThat(baseSet.getInt("cardCount")).isEqualTo(102);

        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = PokeTrace.json(PokeTrace.get(free.key(), "/v1/sets?game=pokemon-japanese&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            page.getJsonArray("data").forEach(set -> slugs.add(set.asJsonObject().getString("slug")));
            cursor = page.getJsonObject("pagination").isNull("nextCursor") ? null : page.getJsonObject("pagination").getString("nextCursor");
        } while (cursor != null);
        assertThat(slugs).hasSizeGreaterThan(100).doesNotHaveDuplicates().isSorted().doesNotContain("base-set");
    }

    @Test
    void a_tiers_history_newest_first_walked_by_cursor() {
        PokeTrace.Caller pro = PokeTrace.account("pro");
        String path = "/v1/cards/" + PokeTrace.usId(prices.cardId()) + "/prices/PSA_10/history?period=30d&limit=4";

        List<JsonObject> rows = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply reply = PokeTrace.get(pro.key(), path + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject page = PokeTrace.json(reply);
            page.getJsonArray("data").forEach(row -> rows.add(row.asJsonObject()));
            cursor = page.getJsonObject("pagination").isNull("nextCursor") ? null : page.getJsonObject("pagination").getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(rows).hasSize(PriceFixtures.RECENT_DAYS);
        assertThat(rows.get(0).getString("date")).isEqualTo(PriceFixtures.TODAY.toString());
        assertThat(rows.get(0).getString("source")).isEqualTo("ebay");
        assertThat(rows.get(0).getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("2100"); // eBay's own, 3 days
        assertThat(rows.get(9).getJsonNumber("avg").bigDecimalValue()).isEqualByComparingTo("2000"); // PriceCharting's before
        assertThat(rows).extracting(row -> row.getString("date")).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void auth_info_reports_the_key_and_the_accounts_plan_usage() {
        PokeTrace.Caller free = PokeTrace.account("free");
        PokeTrace.get(free.key(), "/v1/sets?limit=1");

        Api.Reply reply = PokeTrace.get(free.key(), "/v1/auth/info");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject data = PokeTrace.json(reply).getJsonObject("data");
        assertThat(data.getString("key")).startsWith(free.key().substring(0, 8)).endsWith("...");
        assertThat(data.getString("key")).doesNotContain(free.key());
        assertThat(data.getString("name")).isEqualTo("stream");
        assertThat(data.getBoolean("active")).isTrue();
        assertThat(Instant.parse(data.getString("createdAt"))).isBefore(Instant.now().plusSeconds(1));
        JsonObject user = data.getJsonObject("user");
        assertThat(user.getString("plan")).isEqualTo("Free");
        assertThat(user.getInt("limit")).isEqualTo(250);
        assertThat(user.getInt("remaining")).isEqualTo(248);
        assertThat(user.getString("resetsAt")).matches(ISO_MIDNIGHT).isEqualTo(reply.header("X-RateLimit-Reset"));
    }

    @Test
    void errors_in_the_guides_shape_and_words() {
        PokeTrace.Caller free = PokeTrace.account("free");
        PokeTrace.Caller pro = PokeTrace.account("pro");

        PokeTrace.assertError(PokeTrace.get(null, "/v1/cards"), 401, "API key required", "Include your API key in the X-API-Key header");
        PokeTrace.assertError(PokeTrace.get("csm_not_a_key", "/v1/cards"), 401, "API key required",
                "Include your API key in the X-API-Key header");
        Api.Reply limit = PokeTrace.get(free.key(), "/v1/cards?limit=0");
        PokeTrace.assertError(limit, 400, "Invalid limit parameter", "Limit must be between 1 and 100");
        assertPlanHeaders(limit, "Free", 250);
        PokeTrace.assertError(PokeTrace.get(free.key(), "/v1/cards?limit=101"), 400, "Invalid limit parameter",
                "Limit must be between 1 and 100");
        PokeTrace.assertError(PokeTrace.get(free.key(), "/v1/cards?market=JP"), 400, "Invalid market parameter", "Market must be US or EU");
        PokeTrace.assertError(PokeTrace.get(free.key(), "/v1/sets?game=mtg"), 400, "Invalid game parameter",
                "Game must be pokemon or pokemon-japanese");
        String history = "/v1/cards/" + PokeTrace.usId(prices.cardId()) + "/prices/";
        assertThat(PokeTrace.get(pro.key(), history + "NEAR_MINT/history?period=2w").status()).isEqualTo(400);
        assertThat(PokeTrace.json(PokeTrace.get(pro.key(), history + "SHINY/history")).getString("error")).isEqualTo("Invalid tier parameter");

        PokeTrace.assertError(PokeTrace.get(free.key(), "/v1/cards/" + PokeTrace.usId(999_999_999L)), 404, "Card not found",
                "No card exists with this ID");
        PokeTrace.assertError(PokeTrace.get(free.key(), "/v1/cards/019bff77-befa-771d-bab0-f5909f0a78c9"), 404, "Card not found",
                "No card exists with this ID");
        Api.Reply route = PokeTrace.get(free.key(), "/v1/nothing-here");
        assertThat(route.status()).isEqualTo(404);
        assertThat(PokeTrace.json(route).keySet()).containsExactlyInAnyOrder("error", "message");
        Api.Reply method = Api.call("POST", "/v1/cards", "{}", "X-API-Key", free.key());
        assertThat(method.status()).isEqualTo(405);
        assertThat(PokeTrace.json(method).keySet()).containsExactlyInAnyOrder("error", "message");
    }

    @Test
    void a_free_key_asking_for_eu_or_graded_prices_is_403_upgrade_required() {
        PokeTrace.Caller free = PokeTrace.account("free");
        String graded = "Graded card prices require a Pro plan.";
        String euMarket = "EU market data requires a Pro plan.";

        for (String path : List.of("/v1/cards?market=EU", "/v1/cards/eu_" + eu.cardmarketId(),
                "/v1/cards/eu_" + eu.cardmarketId() + "/prices/NEAR_MINT/history")) {
            Api.Reply reply = PokeTrace.get(free.key(), path);
            PokeTrace.assertError(reply, 403, "Pro plan required", euMarket);
            assertThat(PokeTrace.json(reply).getString("code")).isEqualTo("UPGRADE_REQUIRED");
            assertPlanHeaders(reply, "Free", 250);
        }
        for (String path : List.of("/v1/cards?has_graded=true",
                "/v1/cards/" + PokeTrace.usId(prices.cardId()) + "/prices/PSA_10/history?period=30d")) {
            Api.Reply reply = PokeTrace.get(free.key(), path);
            PokeTrace.assertError(reply, 403, "Pro plan required", graded);
            assertThat(PokeTrace.json(reply).getString("code")).isEqualTo("UPGRADE_REQUIRED");
        }
        PokeTrace.Caller pro = PokeTrace.account("pro");
        assertThat(PokeTrace.get(pro.key(), "/v1/cards?market=EU&limit=1").status()).isEqualTo(200);
        assertThat(PokeTrace.get(pro.key(), "/v1/cards?has_graded=true&limit=1").status()).isEqualTo(200);
    }

    @Test
    void an_edited_or_foreign_cursor_is_400() {
        PokeTrace.Caller pro = PokeTrace.account("pro");
        String cursor = PokeTrace.json(PokeTrace.get(pro.key(), "/v1/cards?limit=2")).getJsonObject("pagination").getString("nextCursor");
        assertThat(PokeTrace.get(pro.key(), "/v1/cards?limit=2&cursor=" + cursor).status()).isEqualTo(200);

        String edited = cursor.substring(0, 3) + (cursor.charAt(3) == 'A' ? 'B' : 'A') + cursor.substring(4); // inside the tag
        String message = "The cursor is not one this list issued: start again without it";
        for (String path : List.of("/v1/cards?limit=2&cursor=" + edited, "/v1/cards?limit=2&cursor=not-a-cursor",
                "/v1/sets?cursor=" + cursor, "/v1/cards?market=EU&cursor=" + cursor, "/v1/cards?search=char&cursor=" + cursor)) {
            PokeTrace.assertError(PokeTrace.get(pro.key(), path), 400, "Invalid cursor parameter", message);
        }
    }

    @Test
    void the_daily_quota_is_the_accounts_across_its_keys_then_429_with_retry_after() {
        Realtime.User user = Realtime.register();
        Realtime.grantTier(user, "starter"); // room for two keys
        String first = Realtime.createKey(user);
        String second = Realtime.createKey(user);
        Realtime.grantTier(user, "free"); // the account's plan is Free: 250 a day for both keys together

        Api.Reply a = PokeTrace.get(first, "/v1/sets?limit=1");
        Api.Reply b = PokeTrace.get(second, "/v1/sets?limit=1");
        assertThat(a.header("X-Plan")).isEqualTo("Free");
        assertThat(Long.parseLong(b.header("X-RateLimit-Remaining"))).isEqualTo(Long.parseLong(a.header("X-RateLimit-Remaining")) - 1);
        Set<Integer> statuses = new HashSet<>();
        for (int call = 2; call < 250; call++) {
            statuses.add(PokeTrace.get(call % 2 == 0 ? first : second, "/v1/sets?limit=1").status());
        }
        assertThat(statuses).containsExactly(200);

        Api.Reply refused = PokeTrace.get(first, "/v1/auth/info");
        Api.Reply alsoRefused = PokeTrace.get(second, "/v1/cards");

        for (Api.Reply reply : List.of(refused, alsoRefused)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(429);
            JsonObject body = PokeTrace.json(reply);
            assertThat(body.getString("error")).isEqualTo("Rate limit exceeded");
            assertThat(body.getString("message")).matches("Daily limit reached\\. Resets at " + ISO_MIDNIGHT)
                    .endsWith(reply.header("X-RateLimit-Reset"));
            long retryAfter = body.getJsonNumber("retryAfter").longValue();
            assertThat(retryAfter).isBetween(1L, 86_400L);
            assertThat(reply.header("Retry-After")).isEqualTo(Long.toString(retryAfter));
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("250");
            assertThat(reply.header("X-Plan")).isEqualTo("Free");
        }
    }
}
