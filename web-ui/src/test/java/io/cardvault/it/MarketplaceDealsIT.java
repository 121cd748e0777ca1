package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.decimal;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.sale;
import static io.cardvault.it.Market.seller;
import static io.cardvault.it.Market.username;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Market.Sale;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's deal pages on Liberty + MariaDB, at the HTTP level: the transaction and checkout
 * pages for its parties, for anyone else (the 404 page) and for anonymous visitors (sign in); the
 * moves made through the pages' own forms, a stale move answered with the domain's reason on the
 * page; the seller dashboard's set-up, renew, amend, withdraw, publish and accept forms; the
 * unprefixed links notifications carry; and {@code GET /seller/listings}.
 */
class MarketplaceDealsIT {

    @BeforeAll
    static void catalogue() {
        charizard();
    }

    /** A page form's post with the visitor's session, as a browser sends it from the same site. */
    private static Api.Reply form(String path, String fields, String cookie) {
        return Api.postBytes(path, "application/x-www-form-urlencoded", fields.getBytes(StandardCharsets.UTF_8),
                "Cookie", cookie, "Origin", Api.baseUrl());
    }

    private static Api.Reply page(String path, String cookie) {
        return as(cookie, "GET", path, null);
    }

    private static String status(String cookie, long transaction) {
        return as(cookie, "GET", "/api/transactions/" + transaction, null).json().asJsonObject().getString("status");
    }

    @Test
    void the_transaction_and_checkout_pages_are_for_the_parties_others_get_the_404_page_and_anonymous_visitors_sign_in() {
        Sale sale = sale("deal-view", "650");
        String stranger = Api.registerSession("deal-stranger");
        String path = "/en/transactions/" + sale.transaction();

        Api.Reply buyers = page(path, sale.buyer());
        assertThat(buyers.status()).isEqualTo(200);
        assertThat(buyers.body()).contains("id=\"deal-timeline\"", "data-status=\"awaiting_payment\"",
                        "data-status=\"completed\"", "id=\"move-paid\"", "id=\"move-cancelled\"", "€657.50", "€7.50",
                        ">" + username(sale.seller()) + "<", "Awaiting payment", "/en/checkout/" + sale.transaction())
                .doesNotContain("id=\"ship-form\"", "id=\"rate-form\"", "id=\"move-delivered\"");
        Api.Reply sellers = page(path, sale.seller());
        assertThat(sellers.status()).isEqualTo(200);
        assertThat(sellers.body()).contains("id=\"move-cancelled\"", "id=\"deal-payout\"", "€617.50")
                .doesNotContain("id=\"move-paid\"", "id=\"ship-form\"", "€657.50");
        assertThat(page("/nl/transactions/" + sale.transaction(), sale.buyer()).body()).contains("Wacht op betaling", "Betalen");

        Api.Reply strangers = page(path, stranger);
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.body()).contains("Page not found").doesNotContain("deal-timeline", "657");
        assertThat(page("/en/transactions/999999999", sale.buyer()).status()).isEqualTo(404);
        assertThat(page("/en/transactions/0", sale.buyer()).status()).isEqualTo(404);
        Api.Reply anonymous = Api.get(path);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin");

        Api.Reply checkout = page("/en/checkout/" + sale.transaction(), sale.buyer());
        assertThat(checkout.status()).isEqualTo(200);
        assertThat(checkout.body()).contains("id=\"pay-form\"", "id=\"checkout-no-provider\"", "€650.00", "€7.50", "€657.50",
                "action=\"/en/transactions/" + sale.transaction() + "\"");
        assertThat(page("/en/checkout/" + sale.transaction(), sale.seller()).status()).as("only the buyer checks out")
                .isEqualTo(404);
        assertThat(page("/en/checkout/" + sale.transaction(), stranger).status()).isEqualTo(404);
        assertThat(Api.get("/en/checkout/" + sale.transaction()).header("Location")).endsWith("/en/signin");

        Api.Reply purchases = page("/en/transactions", sale.buyer());
        assertThat(purchases.body()).contains("data-transaction-id=\"" + sale.transaction() + "\"", "your move");
        assertThat(page("/en/transactions?tab=sales", sale.buyer()).body()).contains("id=\"no-deals\"");
        assertThat(page("/en/transactions?tab=sales", sale.seller()).body())
                .contains("data-transaction-id=\"" + sale.transaction() + "\"");
        assertThat(page("/en/transactions", stranger).body()).contains("id=\"no-deals\"")
                .doesNotContain("data-transaction-id=\"" + sale.transaction() + "\"");
        assertThat(Api.get("/en/transactions").header("Location")).endsWith("/en/signin");
    }

    @Test
    void the_pages_forms_make_the_moves_and_a_stale_move_shows_the_domains_reason() {
        Sale sale = sale("deal-move", "20");
        long id = sale.transaction();
        String path = "/en/transactions/" + id;

        Api.Reply paid = form(path, "do=move&status=paid", sale.buyer());
        assertThat(paid.status()).as(paid.body()).isEqualTo(302);
        assertThat(paid.header("Location")).endsWith(path + "?done=paid");
        assertThat(status(sale.buyer(), id)).isEqualTo("paid");
        assertThat(page(path + "?done=paid", sale.buyer()).body()).contains("id=\"deal-notice\"", "Payment confirmed");

        Api.Reply again = form(path, "do=move&status=paid", sale.buyer());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"deal-error\"", "That step is not possible (any more): this order is Paid now.");
        Api.Reply notYours = form(path, "do=move&status=delivered", sale.seller());
        assertThat(notYours.body()).contains("id=\"deal-error\"");
        Api.Reply badTracking = form(path, "do=ship&carrier=postnl&tracking_number=%3Cscript%3E", sale.seller());
        assertThat(badTracking.body()).contains("Enter the tracking number");
        assertThat(form(path, "do=move&status=paid", Api.registerSession("deal-intruder")).status()).isEqualTo(404);
        Api.Reply forged = Api.postBytes(path, "application/x-www-form-urlencoded",
                "do=move&status=cancelled".getBytes(StandardCharsets.UTF_8), "Cookie", sale.seller(), "Origin",
                "https://evil.example");
        assertThat(forged.status()).as("a cross-site post is refused before the page").isEqualTo(403);
        assertThat(status(sale.buyer(), id)).isEqualTo("paid");

        assertThat(page(path, sale.seller()).body()).contains("id=\"ship-form\"");
        assertThat(form(path, "do=ship&carrier=PostNL&tracking_number=3SABC123", sale.seller()).header("Location"))
                .endsWith("?done=shipped");
        assertThat(page(path, sale.buyer()).body()).contains("postnl", "3SABC123", "id=\"move-delivered\"", "id=\"move-disputed\"");
        form(path, "do=move&status=delivered", sale.buyer());
        assertThat(form(path, "do=rate&rating=9", sale.buyer()).body()).contains("Choose 1 to 5 stars.");
        assertThat(form(path, "do=rate&rating=5&review=Well+packed", sale.buyer()).header("Location")).endsWith("?done=rated");
        assertThat(form(path, "do=rate&rating=4", sale.buyer()).body()).contains("You have rated this order already.");
        form(path, "do=move&status=completed", sale.buyer());
        assertThat(status(sale.seller(), id)).isEqualTo("completed");

        Api.Reply sellers = page(path, sale.seller());
        assertThat(sellers.body()).contains("id=\"rate-form\"", "name=\"rating\"", "type=\"radio\"", "Well packed", "★★★★★",
                "data-status=\"delivered\"").doesNotContain("id=\"deal-no-moves\" hidden");
        assertThat(page(path, sale.buyer()).body()).doesNotContain("id=\"rate-form\"").contains("id=\"deal-no-moves\"");
    }

    @Test
    void buying_now_on_the_listing_page_leads_to_the_buyers_checkout() {
        String seller = seller("deal-buy-s");
        String buyer = Api.registerSession("deal-buy-b");
        long listing = id(list(seller, "650", ""));
        Api.Reply bought = form("/en/listings/" + listing, "do=buy", buyer);
        assertThat(bought.status()).as(bought.body()).isEqualTo(302);
        String checkout = bought.header("Location");
        assertThat(checkout).matches(".*/en/checkout/\\d+$");
        Api.Reply page = page(checkout.substring(checkout.indexOf("/en/")), buyer);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("€650.00", "€7.50", "€657.50", ">" + username(seller) + "<", "id=\"pay-submit\"");
    }

    @Test
    void notification_links_without_a_language_land_on_the_pages_in_the_browsers_language() {
        Sale sale = sale("deal-link", "15");
        Api.Reply transaction = Api.call("GET", "/transactions/" + sale.transaction(), null, "Accept-Language", "nl");
        assertThat(transaction.status()).isEqualTo(302);
        assertThat(transaction.header("Location")).endsWith("/nl/transactions/" + sale.transaction());
        Api.Reply checkout = Api.call("GET", "/checkout/" + sale.transaction(), null, "Accept-Language", "en");
        assertThat(checkout.header("Location")).endsWith("/en/checkout/" + sale.transaction());
        assertThat(Api.call("GET", "/transactions", null, "Accept-Language", "nl").header("Location")).endsWith("/nl/transactions");
        // the API's routes are never redirected
        assertThat(as(sale.buyer(), "GET", "/api/transactions/" + sale.transaction(), null).status()).isEqualTo(200);
        assertThat(as(sale.buyer(), "GET", "/seller/listings", null).status()).isEqualTo(200);

        String notifications = as(sale.seller(), "GET", "/api/notifications?limit=50", null).body();
        assertThat(notifications).contains("/transactions/" + sale.transaction());
    }

    @Test
    void the_seller_dashboard_sets_up_renews_amends_withdraws_publishes_and_accepts_bids() {
        String newcomer = Api.registerSession("dash-new");
        assertThat(page("/en/seller", newcomer).body()).contains("id=\"setup-form\"");
        assertThat(form("/en/seller", "do=setup&display_name=&country=NL", newcomer).body()).contains("id=\"seller-error\"");
        assertThat(form("/en/seller", "do=setup&display_name=Dash+cards&country=NL", newcomer).header("Location"))
                .endsWith("/en/seller?done=setup");
        assertThat(page("/en/seller", newcomer).body()).doesNotContain("id=\"setup-form\"").contains("id=\"no-listings\"");
        assertThat(Api.get("/en/seller").header("Location")).endsWith("/en/signin");

        String seller = seller("dash");
        long listing = id(list(seller, "40", "\"accepts_offers\":true,\"description\":\"Crisp corners\""));
        Api.Reply dashboard = page("/en/seller", seller);
        assertThat(dashboard.body()).contains("id=\"listing-" + listing + "\"", "id=\"renew-" + listing + "\"",
                "id=\"withdraw-" + listing + "\"", "id=\"amend-" + listing + "\"", "Crisp corners", "€40.00")
                .doesNotContain("id=\"publish-" + listing + "\"");

        Api.Reply renewed = form("/en/seller", "do=renew&listing=" + listing, seller);
        assertThat(renewed.header("Location")).endsWith("/en/seller?done=renewed&listing=" + listing);
        assertThat(page("/en/seller?done=renewed&listing=" + listing, seller).body())
                .contains("The listing is renewed.", "has been renewed 1 times");
        JsonObject afterRenewal = as(seller, "GET", "/api/listings/" + listing, null).json().asJsonObject();
        assertThat(afterRenewal.getInt("renewal_count")).isEqualTo(1);

        assertThat(form("/en/seller", "do=amend&listing=" + listing + "&price=35.5&description=Mint", seller).header("Location"))
                .endsWith("done=amended&listing=" + listing);
        JsonObject amended = as(seller, "GET", "/api/listings/" + listing, null).json().asJsonObject();
        assertThat(decimal(amended, "price")).isEqualByComparingTo("35.50");
        assertThat(amended.getString("description")).isEqualTo("Mint");
        assertThat(form("/en/seller", "do=amend&listing=" + listing + "&price=abc", seller).body()).contains("Enter a price in euros");
        String other = seller("dash-other");
        assertThat(form("/en/seller", "do=withdraw&listing=" + listing, other).body()).contains("id=\"seller-error\"");

        // a bid received, accepted from the dashboard: the sale opens and the seller lands on it
        String bidder = Api.registerSession("dash-bidder");
        Api.Reply bid = as(bidder, "POST", "/api/listings/" + listing + "/bids", "{\"amount\":30,\"message\":\"Would you take 30?\"}");
        assertThat(bid.status()).as(bid.body()).isEqualTo(201);
        long bidId = id(bid.json().asJsonObject());
        assertThat(page("/en/seller", seller).body()).contains("id=\"accept-" + bidId + "\"", username(bidder), "€30.00",
                "Would you take 30?");
        Api.Reply accepted = form("/en/seller", "do=accept&bid=" + bidId, seller);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.header("Location")).contains("/en/transactions/").endsWith("?done=accepted");
        assertThat(page("/en/seller?status=sold", seller).body()).contains("id=\"listing-" + listing + "\"")
                .doesNotContain("id=\"accept-" + bidId + "\"", "id=\"withdraw-" + listing + "\"");
        JsonObject purchases = as(bidder, "GET", "/api/transactions?role=buyer", null).json().asJsonObject();
        assertThat(purchases.getInt("total")).isEqualTo(1);

        long second = id(list(seller, "12", ""));
        assertThat(form("/en/seller", "do=withdraw&listing=" + second, seller).header("Location")).contains("done=withdrawn");
        assertThat(as(seller, "GET", "/api/listings/" + second, null).json().asJsonObject().getString("status"))
                .isEqualTo("withdrawn");
        assertThat(form("/en/seller", "do=withdraw&listing=" + second, seller).body())
                .contains("That is not possible for this listing: it is Withdrawn.");

        Api.Reply imported = Api.multipart("/seller/cardmarket/import", List.of(Api.Part.file("file", "stock.csv", "text/csv",
                sample("cardmarket-stock.csv"))), "Cookie", seller);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long draft = imported.json().asJsonObject().getJsonArray("imported").getJsonObject(0).getJsonNumber("listing_id").longValue();
        assertThat(page("/en/seller?status=draft", seller).body()).contains("id=\"publish-" + draft + "\"")
                .doesNotContain("id=\"listing-" + second + "\"");
        assertThat(form("/en/seller", "do=publish&listing=" + draft, seller).header("Location")).contains("done=published");
        assertThat(as(seller, "GET", "/api/listings/" + draft, null).json().asJsonObject().getString("status")).isEqualTo("active");
        assertThat(page("/nl/seller", seller).body()).contains("Verkopersdashboard", "Verlengingen");
    }

    @Test
    void get_seller_listings_gives_the_owners_listings_in_every_status_or_one_in_the_list_shape() {
        String seller = seller("mine");
        long first = id(list(seller, "5", ""));
        long second = id(list(seller, "6", ""));
        assertThat(as(seller, "DELETE", "/seller/listings/" + second, null).status()).isEqualTo(204);
        id(list(seller("not-mine"), "7", ""));

        assertThat(Api.get("/seller/listings").status()).isEqualTo(401);
        JsonObject all = as(seller, "GET", "/seller/listings", null).json().asJsonObject();
        assertThat(all.getInt("total")).isEqualTo(2);
        assertThat(all.getInt("limit")).isEqualTo(50);
        assertThat(all.getInt("offset")).isZero();
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(item -> item.getJsonNumber("id").longValue())
                .containsExactly(second, first);
        JsonObject withdrawn = as(seller, "GET", "/seller/listings?status=withdrawn", null).json().asJsonObject();
        assertThat(withdrawn.getInt("total")).isEqualTo(1);
        assertThat(withdrawn.getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("withdrawn");
        JsonObject paged = as(seller, "GET", "/seller/listings?limit=1&offset=1", null).json().asJsonObject();
        assertThat(paged.getInt("total")).isEqualTo(2);
        assertThat(paged.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(item -> item.getJsonNumber("id").longValue())
                .containsExactly(first);
        assertThat(as(seller, "GET", "/seller/listings?status=draft", null).json().asJsonObject().getInt("total")).isZero();

        for (String bad : List.of("status=lost", "limit=0", "limit=201", "offset=-1")) {
            Api.Reply refused = as(seller, "GET", "/seller/listings?" + bad, null);
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.json().asJsonObject().getJsonArray("detail")).as(bad).isNotEmpty();
        }
        JsonObject lost = as(seller, "GET", "/seller/listings?status=lost", null).json().asJsonObject()
                .getJsonArray("detail").getJsonObject(0);
        assertThat(lost.getJsonArray("loc").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("query", "status");
        assertThat(as(Api.registerSession("mine-none"), "GET", "/seller/listings", null).json().asJsonObject().getInt("total"))
                .isZero();
    }

    private static byte[] sample(String name) {
        try (InputStream in = MarketplaceDealsIT.class.getResourceAsStream("/marketplace/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
