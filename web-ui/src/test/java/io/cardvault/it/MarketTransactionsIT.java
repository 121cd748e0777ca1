package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.decimal;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.refused;
import static io.cardvault.it.Market.sale;
import static io.cardvault.it.Market.seller;
import static io.cardvault.it.Market.username;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Market.Sale;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A marketplace transaction's life on Liberty + MariaDB: the whole sale from payment to both
 * ratings with the notifications each move leaves, every move the state machine refuses (by status
 * and by party, each a 409 naming the current status), a second rating (409), another user's
 * transaction (404), and the race: twenty buyers at once for the last copy give exactly one
 * transaction and nineteen {@code listing_unavailable}.
 */
class MarketTransactionsIT {

    private static final List<String> STATUSES = List.of("awaiting_payment", "paid", "shipped", "delivered", "completed",
            "cancelled", "disputed");

    /** The legal moves, as the README's table: from → to → who ("buyer", "seller"). */
    private static final Map<String, Map<String, Set<String>>> LEGAL = Map.of(
            "awaiting_payment", Map.of("paid", Set.of("buyer"), "cancelled", Set.of("buyer", "seller")),
            "paid", Map.of("shipped", Set.of("seller"), "cancelled", Set.of("seller"), "disputed", Set.of("buyer", "seller")),
            "shipped", Map.of("delivered", Set.of("buyer"), "disputed", Set.of("buyer", "seller")),
            "delivered", Map.of("completed", Set.of("buyer"), "disputed", Set.of("buyer", "seller")));

    @BeforeAll
    static void catalogue() {
        charizard();
    }

    private static Api.Reply move(String cookie, long transaction, String status) {
        return as(cookie, "POST", "/api/transactions/" + transaction + "/status", "{\"status\":\"" + status + "\"}");
    }

    private static JsonObject moved(String cookie, long transaction, String status) {
        Api.Reply reply = "shipped".equals(status) ? as(cookie, "POST", "/api/transactions/" + transaction + "/shipping",
                "{\"carrier\":\"postnl\",\"tracking_number\":\"3SABC123\"}") : move(cookie, transaction, status);
        assertThat(reply.status()).as(status + ": " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    @Test
    void a_sale_runs_from_payment_to_both_ratings_and_each_party_hears_of_the_others_moves() {
        Sale sale = sale("tx-flow", "650");
        long id = sale.transaction();

        JsonObject opened = as(sale.buyer(), "GET", "/api/transactions/" + id, null).json().asJsonObject();
        assertThat(opened.getString("role")).isEqualTo("buyer");
        assertThat(opened.getString("seller")).isEqualTo(username(sale.seller()));
        assertThat(decimal(opened, "buyer_total")).isEqualByComparingTo("657.50");
        assertThat(opened.getJsonArray("next_actions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("paid", "cancelled");
        JsonObject sellers = as(sale.seller(), "GET", "/api/transactions?role=seller", null).json().asJsonObject();
        assertThat(sellers.getInt("total")).isEqualTo(1);
        assertThat(as(sale.seller(), "GET", "/api/transactions?role=buyer", null).json().asJsonObject().getInt("total"))
                .isZero();
        assertThat(as(sale.seller(), "GET", "/api/transactions?role=thief", null).status()).isEqualTo(422);
        refused(as(sale.buyer(), "POST", "/api/transactions/" + id + "/rate", "{\"rating\":5}"), 409, "rating_not_open");

        moved(sale.buyer(), id, "paid");
        assertThat(as(sale.seller(), "POST", "/api/transactions/" + id + "/shipping", "{\"carrier\":\"postnl\"}").status())
                .isEqualTo(422);
        JsonObject shipped = moved(sale.seller(), id, "shipped");
        assertThat(shipped.getString("carrier")).isEqualTo("postnl");
        assertThat(shipped.getString("tracking_number")).isEqualTo("3SABC123");
        moved(sale.buyer(), id, "delivered");
        JsonObject delivered = as(sale.seller(), "GET", "/api/transactions/" + id, null).json().asJsonObject();
        assertThat(delivered.getBoolean("may_rate")).isTrue();
        assertThat(delivered.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(step -> step.getString("status"))
                .containsExactly("awaiting_payment", "paid", "shipped", "delivered");

        assertThat(as(sale.buyer(), "POST", "/api/transactions/" + id + "/rate", "{\"rating\":6}").status()).isEqualTo(422);
        Api.Reply rated = as(sale.buyer(), "POST", "/api/transactions/" + id + "/rate",
                "{\"rating\":5,\"review\":\"Fast and well packed\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        refused(as(sale.buyer(), "POST", "/api/transactions/" + id + "/rate", "{\"rating\":1}"), 409, "already_rated");
        assertThat(as(sale.seller(), "POST", "/api/transactions/" + id + "/rate", "{\"rating\":4}").status()).isEqualTo(201);
        JsonObject completed = moved(sale.buyer(), id, "completed");
        assertThat(completed.getBoolean("rated_by_you")).isTrue();
        assertThat(completed.getBoolean("may_rate")).isFalse();

        JsonObject reputation = Api.get("/api/reputation/" + username(sale.seller())).json().asJsonObject();
        assertThat(reputation.getInt("count")).isEqualTo(1);
        assertThat(decimal(reputation, "avg")).isEqualByComparingTo("5.00");
        JsonObject review = reputation.getJsonArray("recent_reviews").getJsonObject(0);
        assertThat(review.getInt("rating")).isEqualTo(5);
        assertThat(review.getString("review")).isEqualTo("Fast and well packed");
        assertThat(review.getString("buyer")).isEqualTo(username(sale.buyer()));

        String sellerFeed = as(sale.seller(), "GET", "/api/notifications?limit=50", null).body();
        assertThat(sellerFeed).contains("Sold: ").contains("Paid: ").contains("Delivered: ").contains("Completed: ")
                .contains("order_updated");
        String buyerFeed = as(sale.buyer(), "GET", "/api/notifications?limit=50", null).body();
        assertThat(buyerFeed).contains("Shipped: ").contains("tracking number 3SABC123");
    }

    @Test
    void another_users_transaction_is_404_on_every_route() {
        Sale sale = sale("tx-priv", "12");
        String stranger = Api.registerSession("tx-stranger");
        long id = sale.transaction();

        assertThat(as(stranger, "GET", "/api/transactions/" + id, null).status()).isEqualTo(404);
        assertThat(move(stranger, id, "paid").status()).isEqualTo(404);
        assertThat(as(stranger, "POST", "/api/transactions/" + id + "/shipping",
                "{\"carrier\":\"dhl\",\"tracking_number\":\"1\"}").status()).isEqualTo(404);
        assertThat(as(stranger, "POST", "/api/transactions/" + id + "/rate", "{\"rating\":1}").status()).isEqualTo(404);
        assertThat(as(stranger, "GET", "/api/transactions", null).json().asJsonObject().getInt("total")).isZero();
        assertThat(move(sale.buyer(), id, "teleported").status()).isEqualTo(422);
        assertThat(as(sale.buyer(), "GET", "/api/transactions/999999999", null).status()).isEqualTo(404);
    }

    /** Drives a new sale to {@code status} by legal moves. */
    private static Sale saleIn(String status) {
        Sale sale = sale("tx-" + status.substring(0, 4), "3");
        long id = sale.transaction();
        switch (status) {
            case "awaiting_payment" -> { }
            case "cancelled" -> moved(sale.buyer(), id, "cancelled");
            default -> {
                moved(sale.buyer(), id, "paid");
                if (status.equals("disputed")) {
                    moved(sale.seller(), id, "disputed");
                } else if (!status.equals("paid")) {
                    moved(sale.seller(), id, "shipped");
                    if (!status.equals("shipped")) {
                        moved(sale.buyer(), id, "delivered");
                        if (status.equals("completed")) {
                            moved(sale.buyer(), id, "completed");
                        }
                    }
                }
            }
        }
        return sale;
    }

    @Test
    void every_move_the_state_machine_refuses_is_409_with_the_current_status_and_changes_nothing() {
        int refusals = 0;
        for (String from : STATUSES) {
            Sale sale = saleIn(from);
            for (String to : STATUSES) {
                Set<String> movers = LEGAL.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
                for (String party : List.of("buyer", "seller")) {
                    if (movers.contains(party) && !"shipped".equals(to)) {
                        continue; // legal: the happy path and the drive above make these moves
                    }
                    String cookie = party.equals("buyer") ? sale.buyer() : sale.seller();
                    String code = movers.isEmpty() ? "illegal_transition"
                            : movers.contains(party) ? "shipping_details_required" : "not_your_move";
                    JsonObject body = refused(move(cookie, sale.transaction(), to), 409, code);
                    assertThat(body.getString("current_status")).as(from + " → " + to + " by " + party).isEqualTo(from);
                    refusals++;
                }
            }
            if (!LEGAL.getOrDefault(from, Map.of()).containsKey("shipped")) {
                JsonObject body = refused(as(sale.seller(), "POST", "/api/transactions/" + sale.transaction() + "/shipping",
                        "{\"carrier\":\"dhl\",\"tracking_number\":\"JD1\"}"), 409, "illegal_transition");
                assertThat(body.getString("current_status")).isEqualTo(from);
            } else {
                refused(as(sale.buyer(), "POST", "/api/transactions/" + sale.transaction() + "/shipping",
                        "{\"carrier\":\"dhl\",\"tracking_number\":\"JD1\"}"), 409, "not_your_move");
            }
            assertThat(as(sale.buyer(), "GET", "/api/transactions/" + sale.transaction(), null).json().asJsonObject()
                    .getString("status")).isEqualTo(from);
        }
        assertThat(refusals).isEqualTo(7 * 7 * 2 - 13 + 1);
    }

    @Test
    void twenty_buyers_racing_for_the_last_copy_give_exactly_one_transaction() throws Exception {
        String seller = seller("tx-race");
        long listing = id(list(seller, "99", ""));
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            buyers.add(Api.registerSession("tx-racer"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(buyers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> racing = buyers.stream().map(buyer -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return as(buyer, "POST", "/api/listings/" + listing + "/buy-now", "{}");
            }, threads)).toList();
            start.countDown();
            List<Api.Reply> replies = racing.stream().map(CompletableFuture::join).toList();

            assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(1);
            assertThat(replies).filteredOn(reply -> reply.status() != 200).hasSize(19)
                    .allSatisfy(reply -> refused(reply, 400, "listing_unavailable"));
        } finally {
            threads.shutdownNow();
        }
        JsonObject sales = as(seller, "GET", "/api/transactions?role=seller", null).json().asJsonObject();
        assertThat(sales.getInt("total")).isEqualTo(1);
        assertThat(Api.get("/api/listings/" + listing).json().asJsonObject().getString("status")).isEqualTo("sold");
    }
}
