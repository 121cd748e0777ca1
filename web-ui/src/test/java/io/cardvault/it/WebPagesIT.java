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
        assertThat(Api.get("/en/games/pokemon").body()).contains("Base Set", "href=\"/en/sets/");
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
        // the fixture's prices are not the sandbox's (a sandbox-priced card says so: PriceIngestIT)
        assertThat(Api.get("/en/cards/" + prices.cardId() + "?variant=" + prices.variantId()).body())
                .contains("id=\"prices-eu\"").doesNotContain("sandbox-notice");
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
}
