package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The website over plain HTTP: language redirects, API roots untouched, localisation, 404s, the shared session. */
class WebPagesIT {

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
    }

    @Test
    void unprefixed_pages_redirect_to_the_browsers_language_and_english_by_default() {
        Api.Reply dutch = Api.call("GET", "/cards/134?variant=153", null, "Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5");
        assertThat(dutch.status()).isEqualTo(302);
        assertThat(dutch.header("Location")).endsWith("/nl/cards/134?variant=153");
        Api.Reply other = Api.call("GET", "/", null, "Accept-Language", "de-DE,fr;q=0.8");
        assertThat(other.status()).isEqualTo(302);
        assertThat(other.header("Location")).endsWith("/en");
        assertThat(Api.get("/search?q=pikachu").header("Location")).endsWith("/en/search?q=pikachu");
    }

    @Test
    void api_roots_never_redirect_even_for_a_dutch_browser() {
        for (String path : List.of("/health", "/api/v2/stats", "/tcgs", "/pokemon/sets", "/api/search?q=pikachu",
                "/auth/me", "/metrics", "/cards/sets", "/account/password")) {
            Api.Reply reply = Api.call("GET", path, null, "Accept-Language", "nl");
            assertThat(reply.status()).as(path).isNotIn(301, 302, 303, 307, 308);
        }
    }

    @Test
    void pages_speak_the_language_of_their_prefix() {
        Api.Reply english = Api.get("/en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.header("Content-Type")).startsWith("text/html");
        assertThat(english.body()).contains("<html", "lang=\"en\"", "Every card. Every printing.", "<main id=\"main\"",
                "Pokémon", "href=\"/en/games/pokemon\"");
        Api.Reply dutch = Api.get("/nl");
        assertThat(dutch.body()).contains("lang=\"nl\"", "Elke kaart. Elke druk.", "href=\"/nl/games/pokemon\"");
    }

    @Test
    void game_set_and_card_pages_show_the_catalogue() {
        assertThat(Api.get("/en/games/pokemon").body()).contains("href=\"/en/sets/");
        Api.Reply card = Api.get("/en/cards/134");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("<h1 id=\"card-title\">Charizard</h1>", "Base Set", "4/102", "Shadowless",
                "1st Edition", "Charmander", "Charmeleon", "https://www.ebay.com/sch/i.html?_nkw=");
        assertThat(Api.get("/en/cards/134?variant=158").body())
                .contains("data-variant-id=\"158\" aria-current=\"true\"", "1st+Edition");
    }

    @Test
    void market_pages_keep_their_switches_in_the_url_and_speak_both_languages() {
        PriceFixtures.install();
        Api.Reply movers = Api.get("/en/market?game=pokemon&period=30d");
        assertThat(movers.status()).isEqualTo(200);
        assertThat(movers.body()).contains("<h1 id=\"market-title\">Market</h1>", "href=\"/en/market?game=pokemon&amp;period=90d\"",
                "href=\"/en/market?game=all&amp;period=30d\"", "href=\"/en/market/spreads\"");
        assertThat(Api.get("/nl/market/spreads").body()).contains("Prijsverschillen", "lang=\"nl\"");
        assertThat(Api.get("/en/market/predictions").status()).isEqualTo(200);
        assertThat(Api.get("/en/market?game=no-such-game").status()).isEqualTo(404);
        assertThat(Api.call("GET", "/market", null, "Accept-Language", "nl").header("Location")).endsWith("/nl/market");
    }

    @Test
    void search_takes_a_price_range_shows_best_prices_and_rejects_a_reversed_range() throws InterruptedException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        String card = "href=\"/en/cards/" + prices.cardId() + "\"";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Reply priced = Api.get("/en/search?q=blastoise&min_price=129&max_price=131");
        while (!priced.body().contains(card) && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000); // the search index rebuilds in the background once it sees the fixture's prices
            priced = Api.get("/en/search?q=blastoise&min_price=129&max_price=131");
        }
        assertThat(priced.body()).contains(card, "name=\"min_price\" value=\"129\"", "<span class=\"card-price\">$130.00</span>");
        assertThat(Api.get("/en/search?q=blastoise&max_price=100").body()).doesNotContain(card);
        assertThat(Api.get("/en/search?q=blastoise&min_price=50&max_price=5").body()).contains("the minimum is not above the maximum");
    }

    @Test
    void a_set_with_priced_cards_shows_its_value_and_most_valuable_cards() {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        Api.Reply set = Api.get("/en/sets/" + prices.setId());
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("id=\"set-value-title\">Set value</h2>", "id=\"set-stats\"", "id=\"top-cards\"",
                "href=\"/en/cards/" + prices.cardId() + "\">Blastoise</a>");
        assertThat(Api.get("/nl/sets/" + prices.setId()).body()).contains("Waarde van de set", "Meest waardevolle kaarten");
        // the card's prices show; whether they are the sandbox's depends on which ingests ran before (PriceIngestIT
        // checks that a sandbox-priced card says so), so this test, run in any order, does not judge it
        assertThat(Api.get("/en/cards/" + prices.cardId() + "?variant=" + prices.variantId()).body()).contains("id=\"prices-eu\"");
    }

    @Test
    void an_unknown_card_set_game_or_page_is_a_friendly_localised_404() {
        for (String path : List.of("/en/cards/999999999", "/en/sets/999999999", "/en/games/no-such-game", "/en/no/such/page")) {
            Api.Reply reply = Api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).contains("Page not found", "action=\"/en/search\"");
        }
        assertThat(Api.get("/nl/cards/999999999").body()).contains("Pagina niet gevonden");
    }

    @Test
    void a_session_started_by_the_api_is_signed_in_on_the_website() {
        String name = "web" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = Api.call("POST", "/auth/register",
                "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"correct horse\"}");
        assertThat(registered.status()).isEqualTo(201);
        String cookie = registered.header("Set-Cookie").split(";", 2)[0];

        Api.Reply account = Api.call("GET", "/en/account", null, "Cookie", cookie);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(name, "Free");
        Api.Reply anonymous = Api.get("/en/account");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin");
    }

    @Test
    void the_watch_pages_render_for_a_signed_in_visitor_and_send_anonymous_ones_to_sign_in() {
        String cookie = Api.registerSession("web-watch");
        for (String page : List.of("wishlist", "alerts", "notifications")) {
            Api.Reply english = Api.call("GET", "/en/" + page, null, "Cookie", cookie);
            assertThat(english.status()).as(page).isEqualTo(200);
            assertThat(english.body()).as(page).contains("id=\"nav-wishlist\" href=\"/en/wishlist\"",
                    "id=\"nav-alerts\" href=\"/en/alerts\"", "id=\"nav-notifications\" href=\"/en/notifications\"");
            assertThat(Api.call("GET", "/nl/" + page, null, "Cookie", cookie).body()).as(page).contains("lang=\"nl\"");
            Api.Reply anonymous = Api.get("/en/" + page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(page).endsWith("/en/signin");
            assertThat(anonymous.body()).doesNotContain("nav-wishlist");
        }
        assertThat(Api.call("GET", "/en/wishlist", null, "Cookie", cookie).body()).contains("<h1>Wishlist</h1>", "id=\"no-wishes\"");
        assertThat(Api.call("GET", "/nl/alerts", null, "Cookie", cookie).body()).contains("<h1>Prijsalerts</h1>", "id=\"no-active-alerts\"");
        assertThat(Api.call("GET", "/en/notifications", null, "Cookie", cookie).body()).contains("id=\"no-notifications\"");
    }

    @Test
    void the_card_page_offers_the_watch_forms_to_a_signed_in_visitor_and_a_sign_in_link_to_others() {
        String cookie = Api.registerSession("web-card-watch");
        assertThat(Api.call("GET", "/en/cards/134?variant=158", null, "Cookie", cookie).body())
                .contains("id=\"wish-form\"", "action=\"/en/wishlist\"", "id=\"alert-form\"", "action=\"/en/alerts\"",
                        "name=\"card\" value=\"134\"", "<option value=\"above\">");
        assertThat(Api.get("/en/cards/134").body()).contains("id=\"watch-signin\"", "href=\"/en/signin\"")
                .doesNotContain("id=\"wish-form\"", "id=\"alert-form\"");
    }

    @Test
    void the_card_pages_forms_add_a_wish_and_set_an_alert_which_their_pages_list_and_remove() {
        String cookie = Api.registerSession("web-forms");

        Api.Reply wished = form("/en/wishlist", "do=add&card=134&max_price=750&currency=EUR", cookie);
        assertThat(wished.status()).as(wished.body()).isEqualTo(302);
        assertThat(wished.header("Location")).endsWith("/en/wishlist?done=added");
        assertThat(Api.call("GET", "/en/wishlist?done=added", null, "Cookie", cookie).body())
                .contains("id=\"watch-notice\"", "The card is on your wishlist.", "href=\"/en/cards/134\">Charizard</a>", "€750.00");

        Api.Reply alerted = form("/en/alerts", "do=create&card=134&target_price=800&condition=above&currency=USD", cookie);
        assertThat(alerted.status()).as(alerted.body()).isEqualTo(302);
        assertThat(alerted.header("Location")).endsWith("/en/alerts?done=created");
        String alerts = Api.call("GET", "/en/alerts", null, "Cookie", cookie).body();
        assertThat(alerts).contains("id=\"active-alerts\"", "Charizard", "At or above", "$800.00", "id=\"no-triggered-alerts\"");

        Api.Reply duplicate = form("/en/alerts", "do=create&card=134&target_price=800.00&condition=above&currency=USD", cookie);
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body()).contains("id=\"watch-error\"", "You already have an active alert");
        Api.Reply badCurrency = form("/en/wishlist", "do=add&card=134&max_price=10&currency=ZZZ", cookie);
        assertThat(badCurrency.body()).contains("id=\"watch-error\"", "Prices cannot be compared in that currency.");

        long alertId = Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(form("/en/alerts", "do=delete&alert=" + alertId, Api.registerSession("web-forms-other")).body())
                .contains("That alert no longer exists.");
        assertThat(form("/en/alerts", "do=delete&alert=" + alertId, cookie).header("Location")).endsWith("/en/alerts?done=deleted");
        assertThat(form("/en/wishlist", "do=remove&card=134", cookie).header("Location")).endsWith("/en/wishlist?done=removed");
        // each redirect's page says what was done, in the page's language
        assertThat(Api.call("GET", "/en/alerts?done=deleted", null, "Cookie", cookie).body()).contains("Your price alert is deleted.");
        assertThat(Api.call("GET", "/nl/alerts?done=created", null, "Cookie", cookie).body()).contains("Je prijsalert staat klaar.");
        assertThat(Api.call("GET", "/nl/wishlist?done=removed", null, "Cookie", cookie).body())
                .contains("De kaart staat niet meer op je verlanglijst.");
        assertThat(Api.call("GET", "/wishlist", null, "Cookie", cookie).json().asJsonObject().getInt("total")).isZero();
        assertThat(Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items")).isEmpty();
    }

    @Test
    void the_notifications_page_links_to_the_card_and_marks_one_or_all_read() {
        String cookie = Api.registerSession("web-feed");
        NotificationFixtures.write(NotificationFixtures.accountId(cookie), "alert_triggered", "Charizard hit your target", 2, 134,
                Instant.now().minusSeconds(600));

        String page = Api.call("GET", "/en/notifications", null, "Cookie", cookie).body();
        assertThat(page).contains("Charizard hit your target 2", "href=\"/en/cards/134\"", "Price alert", "is-unread",
                "id=\"read-all\"");
        long newest = Api.call("GET", "/api/notifications?limit=1", null, "Cookie", cookie).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(form("/en/notifications", "do=read&id=" + newest, cookie).header("Location")).endsWith("/en/notifications");
        assertThat(Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", cookie).json().asJsonObject()
                .getInt("total")).isEqualTo(1);
        assertThat(form("/nl/notifications", "do=read-all", cookie).header("Location")).endsWith("/nl/notifications");
        String read = Api.call("GET", "/nl/notifications", null, "Cookie", cookie).body();
        assertThat(read).contains("Prijsalert", "href=\"/nl/cards/134\"").doesNotContain("is-unread", "id=\"read-all\"");
    }

    /** A web form's post with the visitor's session, as a browser sends it from the same site. */
    private static Api.Reply form(String path, String fields, String cookie) {
        return Api.postBytes(path, "application/x-www-form-urlencoded", fields.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Cookie", cookie, "Origin", Api.baseUrl());
    }

    @Test
    void the_collection_page_is_for_signed_in_collectors_and_speaks_both_languages() {
        Api.Reply anonymous = Api.get("/en/collection");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin");
        assertThat(Api.get("/nl/collection").header("Location")).endsWith("/nl/signin");
        // the unprefixed path is the API's collection, never a page redirect
        assertThat(Api.call("GET", "/collection", null, "Accept-Language", "nl").status()).isNotIn(301, 302, 303, 307, 308);

        String cookie = Api.registerSession("shelfpage");
        Api.Reply english = Api.call("GET", "/en/collection", null, "Cookie", cookie);
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", "<h1 id=\"collection-title\">My collection</h1>", "id=\"nav-collection\"",
                "id=\"collection-empty\"", "id=\"portfolio-value\"", "href=\"/collection/export.csv\"",
                "action=\"/collection/import\"", "name=\"file\"", "Import result");
        Api.Reply dutch = Api.call("GET", "/nl/collection", null, "Cookie", cookie);
        assertThat(dutch.status()).isEqualTo(200);
        assertThat(dutch.body()).contains("lang=\"nl\"", "<h1 id=\"collection-title\">Mijn collectie</h1>", "Exporteren en importeren",
                "Je collectie is leeg.").doesNotContain("My collection");
    }

    @Test
    void the_card_pages_add_form_adds_the_chosen_variant_and_says_so_after_a_redirect() {
        assertThat(Api.get("/en/cards/134?variant=158").body()).contains("id=\"add-signin\"").doesNotContain("id=\"add-form\"");
        String cookie = Api.registerSession("shelfadd");
        Api.Reply card = Api.call("GET", "/en/cards/134?variant=158", null, "Cookie", cookie);
        assertThat(card.body()).contains("id=\"add-form\"", "action=\"/en/collection/add\"", "name=\"variant\" value=\"158\"")
                .doesNotContain("id=\"add-signin\"");
        assertThat(Api.call("GET", "/nl/cards/134", null, "Cookie", cookie).body()).contains("Toevoegen aan collectie");

        Api.Reply added = addForm(cookie, "card=134&variant=158&quantity=2&condition=LP&price_paid=12,50&currency=EUR");
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).endsWith("/en/cards/134?variant=158&collection=added&held=2#add-to-collection");
        Api.Reply again = addForm(cookie, "card=134&variant=158&quantity=1&condition=LP");
        assertThat(again.header("Location")).contains("collection=merged&held=3");
        assertThat(Api.call("GET", "/en/cards/134?variant=158&collection=merged&held=3", null, "Cookie", cookie).body())
                .contains("id=\"add-done\"", "you now hold 3 of this printing");

        Api.Reply collection = Api.call("GET", "/en/collection", null, "Cookie", cookie);
        assertThat(collection.body()).contains("Charizard", "1st edition holo", "value=\"3\"", "€12.50")
                .doesNotContain("id=\"collection-empty\"");
        Api.Reply filtered = Api.call("GET", "/en/collection?q=blastoise", null, "Cookie", cookie);
        assertThat(filtered.body()).contains("id=\"collection-no-match\"", "0 of 1 entry");

        assertThat(addForm(cookie, "card=134&variant=158&quantity=0&condition=NM").header("Location"))
                .endsWith("/en/cards/134?variant=158&collection_error=quantity#add-to-collection");
        assertThat(addForm(cookie, "card=134&variant=158&quantity=1&condition=NM&graded=on&company=psa&grade=11").header("Location"))
                .contains("collection_error=grade");
        assertThat(addForm(cookie, "card=134&variant=1&quantity=1&condition=NM").header("Location")).contains("collection_error=variant");
        assertThat(Api.call("GET", "/en/cards/134?collection_error=grade", null, "Cookie", cookie).body()).contains("id=\"add-error\"");
        assertThat(Api.call("GET", "/en/collection/add", null, "Cookie", cookie).header("Location")).endsWith("/en/collection");
        Api.Reply anonymous = Api.postBytes("/en/collection/add", "application/x-www-form-urlencoded",
                "card=134&quantity=1&condition=NM".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(anonymous.header("Location")).endsWith("/en/signin");
        Api.Reply forged = Api.postBytes("/en/collection/add", "application/x-www-form-urlencoded",
                "card=134&quantity=1&condition=NM".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Cookie", cookie,
                "Origin", "https://evil.example");
        assertThat(forged.status()).as("a cross-site post is refused before the page").isEqualTo(403);
        assertThat(Api.call("GET", "/en/collection", null, "Cookie", cookie).body()).contains("value=\"3\"");
    }

    /** The card page's add form as a browser posts it: form-encoded, with the site's own origin. */
    private static Api.Reply addForm(String cookie, String form) {
        return Api.postBytes("/en/collection/add", "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Cookie", cookie, "Origin", Api.baseUrl());
    }
}
