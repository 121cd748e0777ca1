package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WebRoutesTest {

    @Test
    void pretty_paths_name_their_view_and_path_parameter() {
        assertThat(WebRoutes.viewOf("")).contains("/home.xhtml");
        assertThat(WebRoutes.viewOf("/")).contains("/home.xhtml");
        assertThat(WebRoutes.viewOf("/cards/134")).contains("/card.xhtml?id=134");
        assertThat(WebRoutes.viewOf("/cards/134/")).contains("/card.xhtml?id=134");
        assertThat(WebRoutes.viewOf("/sets/7")).contains("/set.xhtml?id=7");
        assertThat(WebRoutes.viewOf("/games/pokemon")).contains("/game.xhtml?slug=pokemon");
        assertThat(WebRoutes.viewOf("/account/keys")).contains("/keys.xhtml");
        assertThat(WebRoutes.viewOf("/market")).contains("/market.xhtml");
        assertThat(WebRoutes.viewOf("/market/spreads")).contains("/spreads.xhtml");
        assertThat(WebRoutes.viewOf("/market/predictions")).contains("/predictions.xhtml");
        assertThat(WebRoutes.viewOf("/collection")).contains("/collection.xhtml");
        assertThat(WebRoutes.viewOf("/collection/add")).contains("/collection-add.xhtml");
        assertThat(WebRoutes.viewOf("/cards/abc")).isEmpty();
        assertThat(WebRoutes.viewOf("/games/Bad Slug")).isEmpty();
        assertThat(WebRoutes.viewOf("/nothing/here")).isEmpty();
    }

    @Test
    void the_verify_pages_are_pages_with_or_without_a_language_and_a_code_is_a_path_parameter() {
        assertThat(WebRoutes.viewOf("/verify")).contains("/verify.xhtml");
        assertThat(WebRoutes.viewOf("/verify/help")).contains("/verify-help.xhtml");
        assertThat(WebRoutes.viewOf("/verify/photo")).contains("/verify-photo.xhtml");
        assertThat(WebRoutes.viewOf("/verify/k7h2qpzx")).contains("/verify-result.xhtml?code=k7h2qpzx");
        assertThat(WebRoutes.viewOf("/verify/not-a-code")).isEmpty();
        assertThat(WebRoutes.isUnprefixedPage("/verify")).isTrue();
        assertThat(WebRoutes.isUnprefixedPage("/verify/K7H2QPZX")).isTrue();
        assertThat(WebRoutes.isUnprefixedPage("/verify/help")).isTrue();
        assertThat(WebRoutes.isUnprefixedPage("/api/verify/K7H2QPZX")).isFalse();
    }

    @Test
    void the_watch_pages_live_under_a_language_while_the_same_unprefixed_paths_stay_the_apis() {
        assertThat(WebRoutes.viewOf("/wishlist")).contains("/wishlist.xhtml");
        assertThat(WebRoutes.viewOf("/alerts")).contains("/alerts.xhtml");
        assertThat(WebRoutes.viewOf("/notifications")).contains("/notifications.xhtml");
        assertThat(WebRoutes.prettyPathOf("/alerts.xhtml")).contains("/alerts");
        assertThat(WebRoutes.isUnprefixedPage("/wishlist")).isFalse();
        assertThat(WebRoutes.isUnprefixedPage("/alerts")).isFalse();
        assertThat(WebRoutes.isUnprefixedPage("/notifications")).isFalse();
    }

    @Test
    void the_marketplace_pages_have_their_paths_and_notifications_unprefixed_listing_links_go_to_a_language() {
        assertThat(WebRoutes.viewOf("/marketplace")).contains("/marketplace.xhtml");
        assertThat(WebRoutes.viewOf("/sell")).contains("/sell.xhtml");
        assertThat(WebRoutes.viewOf("/listings/42")).contains("/listing.xhtml?id=42");
        assertThat(WebRoutes.viewOf("/listings/renew/abc")).isEmpty();
        assertThat(WebRoutes.isUnprefixedPage("/listings/42")).isTrue();
        assertThat(WebRoutes.isUnprefixedPage("/marketplace")).isTrue();
        assertThat(WebRoutes.isUnprefixedPage("/listings/renew/abc")).as("the API's renewal link").isFalse();
        assertThat(WebRoutes.isUnprefixedPage("/sell")).isFalse();
    }

    @Test
    void sign_in_returns_only_to_a_page_of_this_site() {
        assertThat(SignInPage.nextPage("/listings/42")).contains("/listings/42");
        assertThat(SignInPage.nextPage("/sell?card=4&variant=7")).contains("/sell?card=4&variant=7");
        assertThat(SignInPage.nextPage("//evil.example/x")).isEmpty();
        assertThat(SignInPage.nextPage("https://evil.example/")).isEmpty();
        assertThat(SignInPage.nextPage("/api/keys")).isEmpty();
        assertThat(SignInPage.nextPage("/listings/42\r\nSet-Cookie: x")).isEmpty();
        assertThat(SignInPage.nextPage("")).isEmpty();
        assertThat(SignInPage.nextPage(null)).isEmpty();
    }

    @Test
    void site_paths_have_a_language_and_api_paths_none() {
        assertThat(WebRoutes.languageOf("/nl/cards/4")).contains("nl");
        assertThat(WebRoutes.languageOf("/en")).contains("en");
        assertThat(WebRoutes.languageOf("/en/")).contains("en");
        assertThat(WebRoutes.languageOf("/english")).isEmpty();
        assertThat(WebRoutes.languageOf("/api/v2/games")).isEmpty();
        assertThat(WebRoutes.languageOf("")).isEmpty();
    }

    @Test
    void forms_post_back_to_the_pretty_path_of_views_without_parameters() {
        assertThat(WebRoutes.prettyPathOf("/signin.xhtml")).contains("/signin");
        assertThat(WebRoutes.prettyPathOf("/keys.xhtml")).contains("/account/keys");
        assertThat(WebRoutes.prettyPathOf("/collection.xhtml")).contains("/collection");
        assertThat(WebRoutes.prettyPathOf("/card.xhtml")).isEmpty();
    }

    @Test
    void only_page_paths_at_the_root_are_redirected_never_api_routes() {
        assertThat(List.of("/", "/search", "/signin", "/signup", "/cards/4", "/sets/12", "/games/pokemon", "/market",
                "/market/spreads", "/market/predictions"))
                .allMatch(WebRoutes::isUnprefixedPage);
        assertThat(List.of("/api/search", "/tcgs", "/health", "/auth/me", "/account", "/account/password",
                "/pokemon/sets", "/cards/sets", "/metrics", "/openapi", "/v1/cards", "/en", "/api/market/movers", "/market/other",
                "/collection", "/collection/add", "/collection/import", "/collection/export.csv"))
                .noneMatch(WebRoutes::isUnprefixedPage);
    }

    @Test
    void the_first_spoken_language_of_the_browser_wins_else_english() {
        assertThat(WebRoutes.preferredLanguage(Collections.enumeration(List.of(Locale.GERMAN, new Locale("nl", "BE"), Locale.ENGLISH))))
                .isEqualTo("nl");
        assertThat(WebRoutes.preferredLanguage(Collections.enumeration(List.of(Locale.FRENCH)))).isEqualTo("en");
        assertThat(WebRoutes.preferredLanguage(null)).isEqualTo("en");
    }

    @Test
    void only_the_keys_view_keeps_state() {
        assertThat(WebRoutes.keepsState("/account.xhtml")).isFalse();
        assertThat(WebRoutes.keepsState("/keys.xhtml")).isTrue();
        assertThat(WebRoutes.keepsState("/home.xhtml")).isFalse();
        assertThat(WebRoutes.keepsState("/signin.xhtml")).isFalse();
        assertThat(WebRoutes.keepsState("/signup.xhtml")).isFalse();
        assertThat(WebRoutes.keepsState("/card.xhtml")).isFalse();
    }

    @Test
    void the_deal_pages_have_pretty_paths_and_their_notification_links_go_to_a_language_but_the_sellers_api_does_not() {
        assertThat(WebRoutes.viewOf("/seller")).contains("/seller.xhtml");
        assertThat(WebRoutes.viewOf("/transactions")).contains("/transactions.xhtml");
        assertThat(WebRoutes.viewOf("/transactions/42")).contains("/transaction.xhtml?id=42");
        assertThat(WebRoutes.viewOf("/checkout/42")).contains("/checkout.xhtml?id=42");
        assertThat(WebRoutes.viewOf("/checkout")).isEmpty();
        assertThat(WebRoutes.prettyPathOf("/seller.xhtml")).contains("/seller");
        assertThat(List.of("/transactions", "/transactions/42", "/checkout/42")).allMatch(WebRoutes::isUnprefixedPage);
        assertThat(List.of("/seller", "/seller/listings", "/seller/setup", "/checkout", "/transactions/42/status",
                "/api/transactions/42")).noneMatch(WebRoutes::isUnprefixedPage);
    }
}
