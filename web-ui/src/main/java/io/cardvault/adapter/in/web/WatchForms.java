package io.cardvault.adapter.in.web;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the wishlist, alert and notification pages share: their forms are plain HTML posts to the page's
 * own URL (the views stay transient and keep no component state), read here into the use cases'
 * values, and answered with a redirect to the page (post, redirect, get); a refused value names its
 * field, which the page turns into a message of its language.
 */
final class WatchForms {

    /** The fields a refusal may name that have a message of their own; any other reads as a general one. */
    private static final Set<String> EXPLAINED_FIELDS = Set.of("card_id", "max_price", "target_price", "currency",
            "condition");

    private WatchForms() {
    }

    /** The signed-in visitor's account; an anonymous one is redirected to sign in, and gets none. */
    static Optional<AccountId> ownerOrSignIn(WebContext web) {
        Optional<AccountId> owner = web.currentAccount().map(Account::requireId);
        if (owner.isEmpty()) {
            web.redirect("/signin");
        }
        return owner;
    }

    /** Whether the page was reached by one of its forms (a plain post, not a Faces postback). */
    static boolean posted(HttpServletRequest request) {
        return "POST".equals(request.getMethod());
    }

    /**
     * The view action's common start: the signed-in owner when the page is to be rendered. An anonymous
     * visitor is sent to sign in, and a posted form the page carried out (and redirected) needs no
     * rendering; both get none.
     */
    static Optional<AccountId> ownerToRender(WebContext web, HttpServletRequest request, Predicate<AccountId> carriedOut) {
        Optional<AccountId> owner = ownerOrSignIn(web);
        if (owner.isPresent() && posted(request) && carriedOut.test(owner.get())) {
            return Optional.empty();
        }
        return owner;
    }

    /** The message for the outcome a form's redirect named ({@code ?done=added} reads {@code wishlist.done.added}); empty for none. */
    static String notice(WebContext web, String page, Set<String> outcomes) {
        String done = web.parameter("done");
        return outcomes.contains(done) ? web.message(page + ".done." + done) : "";
    }

    static CardId card(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return new CardId(id);
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for an impossible id
        }
        throw new InvalidCollectionDataException("card_id", "no card with id " + text);
    }

    /** An optional amount as typed ({@code 12.50} or {@code 12,50}); blank is none. */
    static Optional<BigDecimal> amount(String text, String field) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            throw new InvalidCollectionDataException(field, "not an amount: " + text);
        }
    }

    static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The page's message for a refused field ({@code watch.error.currency}, …). */
    static String error(WebContext web, InvalidCollectionDataException refused) {
        return web.message("watch.error." + (EXPLAINED_FIELDS.contains(refused.field()) ? refused.field() : "input"));
    }

    static String dateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at);
    }

    static String cardHref(WebContext web, CardId card) {
        return web.getBase() + "/cards/" + card.value();
    }
}
