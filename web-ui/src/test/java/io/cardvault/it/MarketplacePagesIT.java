package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.seller;
import static io.cardvault.it.Market.username;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's web pages over HTTP on Liberty + MariaDB: the browse and its filters, a listing's
 * page (content, escaping, 404 for unknown and withdrawn listings, the unprefixed path notifications
 * link to), its bid and buy-now forms with their refusals, the sell form from seller set-up to a
 * listing with a photo, and the demo sellers created once. Each test signs up its own traders.
 */
class MarketplacePagesIT {

    @BeforeAll
    static void catalogue() {
        charizard();
    }

    /** A price no other test lists at, so a price filter finds exactly this test's listing. */
    private static String uniquePrice() {
        return ThreadLocalRandom.current().nextInt(10_000, 99_999) + "." + ThreadLocalRandom.current().nextInt(10, 99);
    }

    /** A page's form as a browser posts it: form-encoded, from the site's own origin. */
    static Api.Reply form(String cookie, String path, String fields) {
        return cookie == null
                ? Api.postBytes(path, "application/x-www-form-urlencoded", fields.getBytes(StandardCharsets.UTF_8), "Origin", Api.baseUrl())
                : Api.postBytes(path, "application/x-www-form-urlencoded", fields.getBytes(StandardCharsets.UTF_8), "Cookie", cookie,
                "Origin", Api.baseUrl());
    }

    /** A small real JPEG, as a phone would upload. */
    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(96, 128, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(new Color(200, 60, 40));
        paint.fillRect(0, 0, 96, 128);
        paint.setColor(Color.YELLOW);
        paint.fillOval(20, 30, 56, 56);
        paint.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_browse_filters_like_the_api_and_a_page_past_the_end_shows_the_last_one() {
        String seller = seller("mp-browse");
        String price = uniquePrice();
        long listing = id(list(seller, price, "\"graded\":true,\"grading_company\":\"PSA\",\"grade\":9"));
        String range = "min_price=" + price + "&max_price=" + price;

        Api.Reply browse = Api.get("/en/marketplace?game=pokemon&condition=NM&" + range);
        assertThat(browse.status()).isEqualTo(200);
        assertThat(browse.body()).contains("data-listing-id=\"" + listing + "\"", "Charizard", "Base Set", "PSA 9",
                username(seller), "id=\"nav-marketplace\"").doesNotContain("id=\"no-listings\"");
        assertThat(Api.get("/en/marketplace?game=mtg&" + range).body()).doesNotContain("data-listing-id=\"" + listing + "\"")
                .contains("id=\"no-listings\"");
        assertThat(Api.get("/en/marketplace?condition=LP&" + range).body()).doesNotContain("data-listing-id=\"" + listing + "\"");
        assertThat(Api.get("/en/marketplace?card=" + charizard() + "&" + range).body()).contains("data-listing-id=\"" + listing + "\"",
                "id=\"card-filter\"");
        assertThat(Api.get("/en/marketplace?card=1&" + range).body()).doesNotContain("data-listing-id=\"" + listing + "\"");
        assertThat(Api.get("/en/marketplace?" + range + "&page=999").body()).as("past the end: the last page")
                .contains("data-listing-id=\"" + listing + "\"");
        assertThat(Api.get("/en/marketplace?min_price=abc").body()).contains("id=\"marketplace-invalid\"");
        assertThat(Api.get("/en/marketplace?min_price=10&max_price=5").body()).contains("id=\"marketplace-invalid\"");
        assertThat(Api.get("/nl/marketplace?" + range).body()).contains("Marktplaats", "data-listing-id=\"" + listing + "\"");

        Api.Reply card = Api.get("/en/cards/" + charizard());
        assertThat(card.body()).contains("id=\"card-listings-link\"", "/en/marketplace?card=" + charizard(),
                "id=\"sell-this-card\"", "/en/sell?card=" + charizard());
    }

    @Test
    void a_listing_page_shows_the_listing_escaped_and_unknown_or_withdrawn_listings_are_404() {
        String seller = seller("mp-page");
        String price = uniquePrice();
        long listing = id(list(seller, price, "\"description\":\"<b>Centred</b> & sharp\",\"quantity\":2,\"accepts_offers\":true,\"buy_now_enabled\":true"));

        Api.Reply page = Api.get("/en/listings/" + listing);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Charizard", "&lt;b&gt;Centred&lt;/b&gt; &amp; sharp", "id=\"seller-name\">" + username(seller),
                "id=\"handling-fee\"", "id=\"buy-signin\"", "/en/signin?next=%2Flistings%2F" + listing, "id=\"bid-signin\"",
                "id=\"no-bids\"", "href=\"/en/cards/" + charizard() + "\"")
                .doesNotContain("<b>Centred</b>", "id=\"buy-form\"", "id=\"listing-demo\"");
        assertThat(Api.get("/nl/listings/" + listing).body()).contains("Verkoper", "Direct kopen");

        Api.Reply unprefixed = Api.call("GET", "/listings/" + listing, null, "Accept-Language", "nl-NL,nl;q=0.9");
        assertThat(unprefixed.status()).as("the path notifications link to").isEqualTo(302);
        assertThat(unprefixed.header("Location")).endsWith("/nl/listings/" + listing);

        assertThat(Api.get("/en/listings/999999999").status()).isEqualTo(404);
        assertThat(Api.get("/en/listings/0").status()).isEqualTo(404);
        assertThat(as(seller, "DELETE", "/seller/listings/" + listing, null).status()).isEqualTo(204);
        assertThat(Api.get("/en/listings/" + listing).status()).as("withdrawn").isEqualTo(404);
        assertThat(Api.get("/en/marketplace?min_price=" + price + "&max_price=" + price).body())
                .doesNotContain("data-listing-id=\"" + listing + "\"");
    }

    @Test
    void bids_and_buy_now_go_through_the_page_forms_with_each_refusal_shown() {
        String seller = seller("mp-forms");
        long listing = id(list(seller, uniquePrice(), "\"accepts_offers\":true,\"buy_now_enabled\":true,\"quantity\":3"));
        String path = "/en/listings/" + listing;

        Api.Reply anonymous = form(null, path, "do=bid&amount=10");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin?next=%2Flistings%2F" + listing);

        String bidder = Api.registerSession("mp-bidder");
        Api.Reply bid = form(bidder, path, "do=bid&amount=12,50&message=" + URLEncoder.encode("Would you take <this>?", StandardCharsets.UTF_8));
        assertThat(bid.status()).isEqualTo(302);
        assertThat(bid.header("Location")).endsWith(path + "?done=bid#bids");
        assertThat(form(bidder, path, "do=bid&amount=abc").header("Location")).endsWith(path + "?error=amount#bid-form");
        assertThat(as(bidder, "GET", path + "?error=amount", null).body()).contains("id=\"listing-error\"");

        String bidderName = username(bidder);
        Api.Reply asOther = as(bidder, "GET", path + "?done=bid", null);
        assertThat(asOther.body()).contains("id=\"bid-placed\"", "bidder-1", "Would you take &lt;this&gt;?", "id=\"buy-form\"")
                .doesNotContain("<span class=\"bidder\">" + bidderName);
        Api.Reply asSeller = as(seller, "GET", path, null);
        assertThat(asSeller.body()).contains("<span class=\"bidder\">" + bidderName).doesNotContain("id=\"buy-form\"", "id=\"bid-form\"");

        assertThat(form(seller, path, "do=buy").header("Location")).endsWith(path + "?error=self_buy");
        assertThat(as(seller, "GET", path + "?error=self_buy", null).body()).contains("You cannot buy your own listing.");
        Api.Reply bought = form(bidder, path, "do=buy");
        assertThat(bought.status()).isEqualTo(302);
        assertThat(bought.header("Location")).matches(".*/en/checkout/\\d+$");
        JsonObject transactions = as(bidder, "GET", "/api/transactions", null).json().asJsonObject();
        assertThat(transactions.toString()).contains("\"listing_id\":" + listing);

        Api.Reply forged = Api.postBytes(path, "application/x-www-form-urlencoded", "do=buy".getBytes(StandardCharsets.UTF_8),
                "Cookie", bidder, "Origin", "https://evil.example");
        assertThat(forged.status()).as("a cross-site post is refused before the page").isEqualTo(403);
    }

    @Test
    void the_sell_form_sets_the_seller_up_then_lists_the_card_with_its_photo() {
        String path = "/en/sell?card=" + charizard();
        Api.Reply anonymous = Api.get(path);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin?next=" + URLEncoder.encode("/sell?card=" + charizard(),
                StandardCharsets.UTF_8));
        assertThat(Api.get("/en/sell?card=999999999").status()).isEqualTo(404);

        String collector = Api.registerSession("mp-sell");
        assertThat(as(collector, "GET", path, null).body()).contains("id=\"setup-form\"").doesNotContain("id=\"sell-form\"");
        assertThat(form(collector, path, "do=setup&display_name=Shop&country=x").body()).contains("id=\"sell-error\"");
        Api.Reply setUp = form(collector, path, "do=setup&display_name=Sell+Shop&country=NL");
        assertThat(setUp.status()).isEqualTo(302);
        assertThat(setUp.header("Location")).endsWith(path);

        Api.Reply sellPage = as(collector, "GET", path + "&price=650", null);
        assertThat(sellPage.body()).contains("id=\"sell-form\"", "id=\"fee-payout\" data-amount=\"617.50\"", "sell.js")
                .doesNotContain("id=\"setup-form\"");

        Api.Reply uploaded = Api.multipart("/api/upload/listing-image", List.of(Api.Part.file("file", "photo.jpg", "image/jpeg", jpeg())),
                "Cookie", collector);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String photo = uploaded.json().asJsonObject().getString("url");

        Api.Reply refused = form(collector, path, "do=sell&condition=NM&quantity=1&price=0&image_url=" + photo);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"sell-error\"", "value=\"" + photo + "\"");

        String price = uniquePrice();
        Api.Reply listed = form(collector, path, "do=sell&condition=LP&quantity=2&price=" + price.replace('.', ',')
                + "&description=Fresh&accepts_offers=on&image_protection=on&image_url=" + photo);
        assertThat(listed.status()).as(listed.body()).isEqualTo(302);
        assertThat(listed.header("Location")).matches(".*/en/listings/\\d+$");
        String listingPath = listed.header("Location").substring(listed.header("Location").indexOf("/en/"));
        JsonObject api = Api.get("/api" + listingPath.substring(3)).json().asJsonObject();
        // image protection serves the watermarked copy of the upload (issue 23), under its own address
        String served = api.getJsonArray("image_urls").getString(0);
        assertThat(served).isNotEqualTo(photo);
        Api.Reply listing = Api.get(listingPath);
        assertThat(listing.body()).contains("src=\"" + served + "\"", "Lightly Played", "Fresh").doesNotContain("id=\"buy-now\"");
        assertThat(api.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(price);
        assertThat(api.getBoolean("image_protection")).isTrue();
        assertThat(api.getBoolean("buy_now_enabled")).isFalse();
        assertThat(api.getInt("quantity")).isEqualTo(2);
    }

    @Test
    void the_demo_sellers_are_created_once_and_their_listings_are_labelled_demo() {
        JsonObject first = Api.call("POST", "/api/testing/marketplace/demo-sellers", "{}").json().asJsonObject();
        JsonObject second = Api.call("POST", "/api/testing/marketplace/demo-sellers", "{}").json().asJsonObject();

        assertThat(second.getInt("sellers")).as("already there: nothing created again").isZero();
        assertThat(second.getInt("listings")).isZero();
        for (int seller = 1; seller <= 3; seller++) {
            assertThat(Api.get("/api/reputation/demo-seller-" + seller).status()).isEqualTo(200);
        }
        assertThat(Api.get("/api/reputation/demo-seller-4").status()).isEqualTo(404);
        if (first.getInt("sellers") == 3) {
            // a fresh server: the whole stock is on sale, each listing once
            assertThat(first.getInt("listings")).isEqualTo(10);
            String page = Api.get("/api/listings?limit=200").body();
            assertThat(page.split("\"seller_username\":\"demo-seller-", -1)).hasSize(11);
            Api.Reply lotus = Api.get("/en/marketplace?game=mtg&min_price=9500&max_price=9500");
            assertThat(lotus.body()).contains("Black Lotus", "class=\"demo-badge\"", "id=\"demo-notice\"");
            String lotusId = lotus.body().replaceAll("(?s).*data-listing-id=\"(\\d+)\".*", "$1");
            assertThat(Api.get("/en/listings/" + lotusId).body()).contains("id=\"listing-demo\"", "Demo listing: made-up stock");
        }
    }
}
