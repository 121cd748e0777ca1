package io.cardvault.adapter.in.web;

import io.cardvault.adapter.in.http.RequestPath;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The website's URL scheme in one place: which languages exist, which pretty path shows which
 * Faces view (and back, for form actions), and which unprefixed paths are pages (to be sent to
 * the browser's language) rather than API routes (never redirected).
 */
final class WebRoutes {

    /** The front door classifies these prefixes as pages (limits, refusal shape): one list for both. */
    static final List<String> LANGUAGES = RequestPath.PAGE_LANGUAGES;
    /**
     * The only views that keep state between requests: the keys table's and the collection table's Ajax. Forms that post all they
     * need (sign-in, sign-up, the account's password and sign-out) stay transient: besides creating no
     * session, a stateful view whose page loads no PrimeFaces script posts no CSP nonce and would fail
     * PrimeFaces' nonce check on its postback.
     */
    static final Set<String> STATEFUL_VIEWS = Set.of("/keys.xhtml", "/collection.xhtml");
    static final String DEFAULT_LANGUAGE = "en";
    static final String NOT_FOUND_VIEW = "/notfound.xhtml";
    static final String ERROR_VIEW = "/error.xhtml";

    /** Pages without a parameter in their path: pretty path ↔ view. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("/", "/home.xhtml"),
            Map.entry("/search", "/search.xhtml"),
            Map.entry("/signin", "/signin.xhtml"),
            Map.entry("/signup", "/signup.xhtml"),
            Map.entry("/account", "/account.xhtml"),
            Map.entry("/account/keys", "/keys.xhtml"),
            Map.entry("/market", "/market.xhtml"),
            Map.entry("/market/spreads", "/spreads.xhtml"),
            Map.entry("/market/predictions", "/predictions.xhtml"),
            // the shelf's pages; their unprefixed paths (/collection, /wishlist, /alerts) are the API's, never redirected
            Map.entry("/collection", "/collection.xhtml"),
            Map.entry("/collection/add", "/collection-add.xhtml"),
            Map.entry("/wishlist", "/wishlist.xhtml"),
            Map.entry("/alerts", "/alerts.xhtml"),
            Map.entry("/notifications", "/notifications.xhtml"),
            // the marketplace's pages (issue 22): browse and "Sell this card"
            Map.entry("/marketplace", "/marketplace.xhtml"),
            Map.entry("/sell", "/sell.xhtml"),
            // marketplace deals (issue 22): seller dashboard, purchases and sales
            Map.entry("/seller", "/seller.xhtml"),
            Map.entry("/transactions", "/transactions.xhtml"),
            // the community (issue 23): messages, the forum and the moderators' queue
            Map.entry("/messages", "/messages.xhtml"),
            Map.entry("/forum", "/forum.xhtml"),
            Map.entry("/forum/new", "/forum-new.xhtml"),
            Map.entry("/admin/reports", "/admin-reports.xhtml"),
            // scanning (issue 24): the desktop's side of a cross-device scan session
            Map.entry("/scan", "/scan.xhtml"),
            // decks (issue 25); the unprefixed /decks is the API's, never redirected
            Map.entry("/decks", "/decks.xhtml"),
            // trust codes (issue 23): the code search, the help, the photo check
            Map.entry("/verify", "/verify.xhtml"),
            Map.entry("/verify/help", "/verify-help.xhtml"),
            Map.entry("/verify/photo", "/verify-photo.xhtml"));

    /** Pages with one path parameter, passed to the view as a request parameter. */
    private static final List<ParameterRoute> WITH_PARAMETER = List.of(
            new ParameterRoute(Pattern.compile("/games/([a-z0-9][a-z0-9-]{0,31})"), "/game.xhtml", "slug"),
            new ParameterRoute(Pattern.compile("/sets/(\\d{1,18})"), "/set.xhtml", "id"),
            new ParameterRoute(Pattern.compile("/cards/(\\d{1,18})"), "/card.xhtml", "id"),
            // the marketplace's listing page (issue 22)
            new ParameterRoute(Pattern.compile("/listings/(\\d{1,18})"), "/listing.xhtml", "id"),
            // marketplace deals (issue 22): a transaction and its checkout
            new ParameterRoute(Pattern.compile("/transactions/(\\d{1,18})"), "/transaction.xhtml", "id"),
            new ParameterRoute(Pattern.compile("/checkout/(\\d{1,18})"), "/checkout.xhtml", "id"),
            // the community (issue 23): a conversation by the other party's username, a forum post by id
            new ParameterRoute(Pattern.compile("/messages/([a-z0-9][a-z0-9._-]{2,29})"), "/conversation.xhtml", "username"),
            new ParameterRoute(Pattern.compile("/forum/(\\d{1,18})"), "/forum-post.xhtml", "id"),
            // decks (issue 25)
            new ParameterRoute(Pattern.compile("/decks/(\\d{1,18})"), "/deck.xhtml", "id"),
            // profiles (issue 25): the public collector page; the unprefixed /users/… is the API's
            new ParameterRoute(Pattern.compile("/users/([a-z0-9][a-z0-9._-]{0,29})"), "/user.xhtml", "username"),
            // trust codes (issue 23): a code's result page (the fixed /verify/help and /verify/photo are matched first)
            new ParameterRoute(Pattern.compile("/verify/([A-Za-z0-9]{1,16})"), "/verify-result.xhtml", "code"));

    /**
     * Unprefixed paths that are pages; everything else at the root belongs to the API and is never redirected.
     * The marketplace's: {@code /marketplace}, and {@code /listings/{id}} (where notifications link; the API's
     * {@code /listings/renew/{token}} is not a number).
     */
    private static final Pattern UNPREFIXED_PAGE = Pattern.compile(
            "/|/search|/signin|/signup|/market(/spreads|/predictions)?|/games/[a-z0-9-]+|/sets/\\d+|/cards/\\d+"
                    + "|/marketplace|/listings/\\d+"
                    + "|/forum|/forum/new|/forum/\\d+|/messages" // the community's; /forum/posts stays the API's
                    + "|/verify(/[A-Za-z0-9]{1,16})?"); // trust codes' (issue 23)

    /**
     * Marketplace deals (issue 22): the pages notifications link to without a language. The API's own
     * transactions live under {@code /api/transactions} and its seller routes under {@code /seller/…},
     * so neither path is one of its.
     */
    private static final Pattern UNPREFIXED_DEAL_PAGE = Pattern.compile("/transactions(/\\d+)?|/checkout/\\d+");

    private WebRoutes() {
    }

    /** The language of a site path ({@code /nl/cards/4} → {@code nl}); empty for the API's paths. */
    static Optional<String> languageOf(String path) {
        // every request asks (the security headers, the localised URLs): a loop, no stream or string built per call
        for (String code : LANGUAGES) {
            if (underSegment(path, code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code path} is {@code /segment} or lies below it. */
    static boolean underSegment(String path, String segment) {
        int end = 1 + segment.length();
        return path.length() >= end && path.charAt(0) == '/' && path.startsWith(segment, 1)
                && (path.length() == end || path.charAt(end) == '/');
    }

    /** A pretty path's view with its query for the path parameter ({@code /card.xhtml?id=4}); empty when no page has that path. */
    static Optional<String> viewOf(String path) {
        String normalised = path.isEmpty() ? "/" : path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String fixed = FIXED.get(normalised);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        for (ParameterRoute route : WITH_PARAMETER) {
            Matcher matcher = route.path().matcher(normalised);
            if (matcher.matches()) {
                return Optional.of(route.view() + "?" + route.parameter() + "=" + matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The pretty path of a view without path parameters (the target of its forms); empty for the others. */
    static Optional<String> prettyPathOf(String viewId) {
        return FIXED.entrySet().stream().filter(entry -> entry.getValue().equals(viewId)).map(Map.Entry::getKey).findFirst();
    }

    static boolean isUnprefixedPage(String path) {
        return UNPREFIXED_PAGE.matcher(path).matches() || UNPREFIXED_DEAL_PAGE.matcher(path).matches();
    }

    /** The first of the browser's languages the site speaks (Accept-Language order), else English. */
    static String preferredLanguage(Enumeration<Locale> accepted) {
        while (accepted != null && accepted.hasMoreElements()) {
            String language = accepted.nextElement().getLanguage();
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return DEFAULT_LANGUAGE;
    }

    private record ParameterRoute(Pattern path, String view, String parameter) {
    }

    /**
     * Whether a view keeps state on the server. Every other view is transient from its creation, so
     * rendering it for an anonymous visitor creates no HttpSession (MyFaces forces one before render
     * for any view not yet transient when server-side state saving is on).
     */
    static boolean keepsState(String viewId) {
        return STATEFUL_VIEWS.contains(viewId);
    }
}
