package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.decimal;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.refused;
import static io.cardvault.it.Market.seller;
import static io.cardvault.it.Market.username;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's listing routes on Liberty + MariaDB: the fee preview's seed example, seller
 * set-up, listing, amending, renewing and withdrawing (owner only, others 404), the browse and its
 * filters, buy-now with each refusal the spec lists, bids (anonymised for all but the seller) and
 * their acceptance. Each test signs up its own traders (30 requests a minute per account).
 */
class MarketplaceIT {

    @BeforeAll
    static void catalogue() {
        charizard();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Market::id).toList();
    }

    @Test
    void the_fee_preview_gives_the_seeds_exact_numbers_for_650_with_protection() {
        Api.Reply reply = Api.get("/api/listings/fee-preview?price=650&image_protection=true");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject fees = reply.json().asJsonObject();
        assertThat(decimal(fees, "marketplace_rate")).isEqualByComparingTo("0.05");
        assertThat(decimal(fees, "marketplace_amt")).isEqualByComparingTo("32.50");
        assertThat(decimal(fees, "image_protection_rate")).isEqualByComparingTo("0.01");
        assertThat(decimal(fees, "image_protection_amt")).isEqualByComparingTo("6.50");
        assertThat(decimal(fees, "total_amt")).isEqualByComparingTo("39.00");
        assertThat(decimal(fees, "seller_payout")).isEqualByComparingTo("611.00");
        assertThat(reply.body()).contains("\"marketplace_amt\":32.50").contains("\"seller_payout\":611.00");

        JsonObject plain = Api.get("/api/listings/fee-preview?price=650").json().asJsonObject();
        assertThat(decimal(plain, "image_protection_amt")).isEqualByComparingTo("0");
        assertThat(decimal(plain, "seller_payout")).isEqualByComparingTo("617.50");
        for (String bad : List.of("", "?price=abc", "?price=0", "?price=1.005", "?price=650&image_protection=maybe")) {
            assertThat(Api.get("/api/listings/fee-preview" + bad).status()).as(bad).isEqualTo(422);
        }
    }

    @Test
    void anonymous_callers_get_401_on_every_route_that_acts_for_an_account() {
        // each with a body its route accepts: a body the route refuses is 422 before anyone is asked who calls
        for (String[] route : List.of(
                new String[] {"POST", "/seller/setup", "{\"display_name\":\"Nobody\",\"country\":\"nl\"}"},
                new String[] {"POST", "/seller/listings", "{\"card_id\":1,\"price\":1,\"condition\":\"NM\"}"},
                new String[] {"PATCH", "/seller/listings/1", "{\"price\":1}"}, new String[] {"DELETE", "/seller/listings/1", null},
                new String[] {"POST", "/seller/listings/1/renew", null}, new String[] {"POST", "/api/listings/1/buy-now", "{}"},
                new String[] {"POST", "/api/listings/1/bids", "{\"amount\":1}"}, new String[] {"POST", "/api/bids/1/accept", null},
                new String[] {"GET", "/api/transactions", null}, new String[] {"GET", "/api/transactions/1", null},
                new String[] {"POST", "/api/transactions/1/status", "{\"status\":\"paid\"}"},
                new String[] {"POST", "/api/transactions/1/shipping", "{\"carrier\":\"dhl\",\"tracking_number\":\"1\"}"},
                new String[] {"POST", "/api/transactions/1/rate", "{\"rating\":5}"})) {
            Api.Reply reply = Api.call(route[0], route[1], route[2]);
            assertThat(reply.status()).as(route[0] + " " + route[1] + ": " + reply.body()).isEqualTo(401);
        }
    }

    @Test
    void a_seller_lists_changes_renews_and_withdraws_and_nobody_else_may() {
        String stranger = Api.registerSession("mkt-none");
        Api.Reply early = as(stranger, "POST", "/seller/listings", "{\"card_id\":" + charizard()
                + ",\"price\":10,\"condition\":\"NM\"}");
        refused(early, 403, "seller_setup_required");

        String seller = seller("mkt-sell");
        JsonObject listed = list(seller, "650", "\"quantity\":2,\"accepts_offers\":true,\"graded\":true,"
                + "\"grading_company\":\"PSA\",\"grade\":9,\"description\":\"Centred\","
                + "\"image_urls\":[\"/static/listing_images/2026/12/a1.webp\"]");
        long listing = id(listed);
        assertThat(listed.getString("seller_username")).isEqualTo(username(seller));
        assertThat(listed.getString("status")).isEqualTo("active");
        assertThat(decimal(listed, "price")).isEqualByComparingTo("650");
        assertThat(listed.getString("currency")).isEqualTo("EUR");
        assertThat(listed.getInt("quantity")).isEqualTo(2);
        assertThat(listed.getString("grading_company")).isEqualTo("PSA");
        assertThat(listed.getBoolean("buy_now_enabled")).isTrue();
        assertThat(Duration.between(Instant.parse(listed.getString("created_at")),
                Instant.parse(listed.getString("expires_at")))).isEqualTo(Duration.ofDays(60));

        assertThat(Api.get("/api/listings/" + listing).json().asJsonObject().getString("description")).isEqualTo("Centred");
        JsonObject browse = Api.get("/api/listings?tcg_slug=pokemon&min_price=649.99&max_price=650&condition=NM&limit=200")
                .json().asJsonObject();
        assertThat(ids(browse)).contains(listing);
        assertThat(browse.getInt("limit")).isEqualTo(200);
        assertThat(ids(Api.get("/api/listings?tcg_slug=mtg&limit=200").json().asJsonObject())).doesNotContain(listing);
        assertThat(ids(Api.get("/api/listings?condition=LP&min_price=649.99&max_price=650").json().asJsonObject()))
                .doesNotContain(listing);
        for (String bad : List.of("limit=201", "limit=0", "offset=-1", "min_price=abc", "condition=mint", "min_price=10&max_price=5")) {
            assertThat(Api.get("/api/listings?" + bad).status()).as(bad).isEqualTo(422);
        }

        assertThat(as(stranger, "PATCH", "/seller/listings/" + listing, "{\"price\":1}").status()).isEqualTo(404);
        assertThat(as(stranger, "DELETE", "/seller/listings/" + listing, null).status()).isEqualTo(404);
        assertThat(as(stranger, "POST", "/seller/listings/" + listing + "/renew", null).status()).isEqualTo(404);
        Api.Reply amended = as(seller, "PATCH", "/seller/listings/" + listing, "{\"price\":600.5,\"description\":null}");
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(decimal(amended.json().asJsonObject(), "price")).isEqualByComparingTo("600.50");
        assertThat(amended.json().asJsonObject().isNull("description")).isTrue();
        assertThat(as(seller, "PATCH", "/seller/listings/" + listing, "{}").status()).isEqualTo(422);
        assertThat(as(seller, "PATCH", "/seller/listings/" + listing, "{\"price\":-1}").status()).isEqualTo(422);

        Api.Reply renewed = as(seller, "POST", "/seller/listings/" + listing + "/renew", null);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        JsonObject renewal = renewed.json().asJsonObject();
        assertThat(renewal.getBoolean("ok")).isTrue();
        assertThat(renewal.getInt("renewal_count")).isEqualTo(1);
        assertThat(Instant.parse(renewal.getString("expires_at")))
                .isEqualTo(Instant.parse(listed.getString("expires_at")).plus(Duration.ofDays(30)));
        JsonObject again = as(seller, "POST", "/seller/listings/" + listing + "/renew", null).json().asJsonObject();
        assertThat(again).isEqualTo(renewal);

        assertThat(as(seller, "DELETE", "/seller/listings/" + listing, null).status()).isEqualTo(204);
        assertThat(Api.get("/api/listings/" + listing).json().asJsonObject().getString("status")).isEqualTo("withdrawn");
        assertThat(ids(Api.get("/api/listings?min_price=600.50&max_price=600.50").json().asJsonObject())).doesNotContain(listing);
        JsonObject notActive = refused(as(seller, "PATCH", "/seller/listings/" + listing, "{\"price\":5}"), 409,
                "listing_not_active");
        assertThat(notActive.getString("current_status")).isEqualTo("withdrawn");
        refused(as(seller, "DELETE", "/seller/listings/" + listing, null), 409, "listing_not_active");
        refused(as(seller, "POST", "/seller/listings/" + listing + "/renew", null), 409, "listing_not_active");
        assertThat(Api.get("/api/listings/999999999").status()).isEqualTo(404);
    }

    @Test
    void bad_listings_are_422_naming_the_field() {
        String seller = seller("mkt-bad");
        for (String[] bad : List.of(new String[] {"{\"price\":10,\"condition\":\"NM\"}", "card_id"},
                new String[] {"{\"card_id\":" + charizard() + ",\"price\":0,\"condition\":\"NM\"}", "price"},
                new String[] {"{\"card_id\":" + charizard() + ",\"price\":10,\"condition\":\"mint\"}", "condition"},
                new String[] {"{\"card_id\":" + charizard() + ",\"price\":10,\"condition\":\"NM\",\"quantity\":0}", "quantity"},
                new String[] {"{\"card_id\":" + charizard() + ",\"price\":10,\"condition\":\"NM\",\"variant\":\"golden\"}",
                        "variant"},
                new String[] {"{\"card_id\":" + charizard() + ",\"price\":10,\"condition\":\"NM\","
                        + "\"image_urls\":[\"https://elsewhere.example/x.png\"]}", "image_urls"},
                new String[] {"{\"card_id\":999999999,\"price\":10,\"condition\":\"NM\"}", "card_id"})) {
            Api.Reply reply = as(seller, "POST", "/seller/listings", bad[0]);
            assertThat(reply.status()).as(bad[0] + " " + reply.body()).isEqualTo(422);
            JsonArray detail = reply.json().asJsonObject().getJsonArray("detail");
            assertThat(detail.getJsonObject(0).getJsonArray("loc").getValuesAs(JsonValue::toString))
                    .as(reply.body()).contains("\"" + bad[1] + "\"");
        }
    }

    @Test
    void buy_now_answers_the_specs_shape_and_each_refusal_it_lists() {
        String seller = seller("mkt-bn");
        String buyer = Api.registerSession("mkt-buyer");
        long listing = id(list(seller, "650", ""));
        long offersOnly = id(list(seller, "20", "\"buy_now_enabled\":false,\"accepts_offers\":true"));

        refused(as(seller, "POST", "/api/listings/" + listing + "/buy-now", "{}"), 400, "self_buy");
        refused(as(buyer, "POST", "/api/listings/" + offersOnly + "/buy-now", "{}"), 400, "buy_now_disabled");
        assertThat(as(buyer, "POST", "/api/listings/999999999/buy-now", "{}").status()).isEqualTo(404);
        assertThat(as(buyer, "POST", "/api/listings/" + listing + "/buy-now", "{\"variant\":\"holo\"}").status()).isEqualTo(422);

        Api.Reply bought = as(buyer, "POST", "/api/listings/" + listing + "/buy-now", "{}");
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);
        JsonObject receipt = bought.json().asJsonObject();
        long transaction = receipt.getJsonNumber("transaction_id").longValue();
        assertThat(receipt.getBoolean("ok")).isTrue();
        assertThat(receipt.getString("redirect_url")).isEqualTo("/checkout/" + transaction);
        assertThat(decimal(receipt, "amount")).isEqualByComparingTo("650.00");
        assertThat(receipt.getString("currency")).isEqualTo("EUR");
        assertThat(decimal(receipt, "buyer_total")).isEqualByComparingTo("657.50");
        assertThat(decimal(receipt, "handling_fee")).isEqualByComparingTo("7.50");
        assertThat(Api.get("/api/listings/" + listing).json().asJsonObject().getString("status")).isEqualTo("sold");
        refused(as(Api.registerSession("mkt-late"), "POST", "/api/listings/" + listing + "/buy-now", "{}"), 400,
                "listing_unavailable");

        long bodiless = id(list(seller, "5", ""));
        assertThat(Api.call("POST", "/api/listings/" + bodiless + "/buy-now", null).status()).isEqualTo(401);
        Api.Reply plain = Api.call("POST", "/api/listings/" + bodiless + "/buy-now", null, "Cookie", buyer);
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    }

    @Test
    void bids_are_anonymised_for_all_but_the_seller_and_accepting_one_opens_the_transaction_and_closes_the_rest() {
        String seller = seller("mkt-bid");
        String ash = Api.registerSession("mkt-ash");
        String gary = Api.registerSession("mkt-gary");
        long noOffers = id(list(seller, "30", ""));
        long listing = id(list(seller, "100", "\"accepts_offers\":true"));

        refused(as(ash, "POST", "/api/listings/" + noOffers + "/bids", "{\"amount\":25}"), 400, "offers_disabled");
        refused(as(seller, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":90}"), 400, "self_bid");
        assertThat(as(ash, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":0}").status()).isEqualTo(422);
        assertThat(as(ash, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":90,\"message\":\""
                + "x".repeat(501) + "\"}").status()).isEqualTo(422);
        Api.Reply placed = as(ash, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":90,\"message\":\"90?\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject ashBid = placed.json().asJsonObject();
        assertThat(ashBid.getString("bidder")).isEqualTo("bidder-1");
        assertThat(ashBid.getBoolean("mine")).isTrue();
        long garyBid = id(as(gary, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":95}").json().asJsonObject());

        JsonObject bySeller = as(seller, "GET", "/api/listings/" + listing + "/bids", null).json().asJsonObject();
        assertThat(bySeller.getInt("total")).isEqualTo(2);
        assertThat(bySeller.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(bid -> bid.getString("bidder"))
                .containsExactly(username(gary), username(ash));
        JsonObject anonymous = Api.get("/api/listings/" + listing + "/bids").json().asJsonObject();
        assertThat(anonymous.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(bid -> bid.getString("bidder"))
                .containsExactly("bidder-2", "bidder-1");
        assertThat(anonymous.toString()).doesNotContain(username(ash)).doesNotContain(username(gary));

        assertThat(as(ash, "POST", "/api/bids/" + garyBid + "/accept", null).status()).isEqualTo(404);
        Api.Reply accepted = as(seller, "POST", "/api/bids/" + id(ashBid) + "/accept", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        JsonObject transaction = accepted.json().asJsonObject();
        assertThat(transaction.getString("status")).isEqualTo("awaiting_payment");
        assertThat(transaction.getString("role")).isEqualTo("seller");
        assertThat(transaction.getString("origin")).isEqualTo("bid");
        assertThat(decimal(transaction, "amount")).isEqualByComparingTo("90.00");
        assertThat(decimal(transaction, "handling_fee")).isEqualByComparingTo("0");
        assertThat(decimal(transaction, "seller_payout")).isEqualByComparingTo("85.50");
        assertThat(Api.get("/api/listings/" + listing).json().asJsonObject().getString("status")).isEqualTo("sold");
        assertThat(as(seller, "GET", "/api/listings/" + listing + "/bids", null).json().asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(bid -> bid.getString("status"))
                .containsExactly("rejected", "accepted");
        refused(as(seller, "POST", "/api/bids/" + garyBid + "/accept", null), 409, "bid_not_pending");
        JsonObject feed = as(ash, "GET", "/api/notifications", null).json().asJsonObject();
        assertThat(feed.toString()).contains("was accepted");
    }

    @Test
    void an_unknown_traders_reputation_is_404_and_a_new_ones_is_empty() {
        assertThat(Api.get("/api/reputation/nobody-by-this-name").status()).isEqualTo(404);
        String fresh = Api.registerSession("mkt-rep");
        JsonObject reputation = Api.get("/api/reputation/" + username(fresh)).json().asJsonObject();
        assertThat(reputation.getInt("count")).isZero();
        assertThat(reputation.isNull("avg")).isTrue();
        assertThat(reputation.getJsonArray("recent_reviews")).isEmpty();
    }
}
