package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.IllegalTransactionMoveException;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingNotActiveException;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.marketplace.RatingNotOpenException;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.Set;

/**
 * What the seller dashboard, the purchases and sales, the transaction and the checkout pages share:
 * ids read from their paths and forms (a number no id can have is the 404 an unknown id is), the
 * words for statuses, and the page's message for a refusal of the marketplace's rules: the domain's
 * reason in the page's language, with the status the thing is in now.
 */
final class DealForms {

    /** Refusals with a message of their own; any other reads as the general one. */
    private static final Set<String> EXPLAINED = Set.of("illegal_transition", "not_your_move", "shipping_details_required",
            "already_rated", "rating_not_open", "listing_not_active", "listing_unavailable", "bid_not_pending",
            "seller_setup_required");
    /** Fields whose refusal has a message of its own. */
    private static final Set<String> EXPLAINED_FIELDS = Set.of("carrier", "tracking_number", "rating", "review", "price",
            "description", "display_name", "country");

    private DealForms() {
    }

    static Optional<Long> number(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The transaction a path or form names; a number no transaction can have is not found, as an unknown one. */
    static TransactionId transaction(String text) {
        return number(text).map(TransactionId::new).orElseThrow(TransactionNotFoundException::new);
    }

    static Optional<ListingId> listing(String text) {
        return number(text).map(ListingId::new);
    }

    static Optional<BidId> bid(String text) {
        return number(text).map(BidId::new);
    }

    /** A status in the page's language ({@code deals.status.paid}). */
    static String status(WebContext web, TransactionStatus status) {
        return web.message("deals.status." + status.code());
    }

    /** The page's message for a refusal by the marketplace's rules, naming the status it is in now. */
    static String refusal(WebContext web, MarketplaceRejection refused) {
        String current = "";
        if (refused instanceof IllegalTransactionMoveException move) {
            current = status(web, move.current());
        } else if (refused instanceof RatingNotOpenException early) {
            current = status(web, early.current());
        } else if (refused instanceof ListingNotActiveException inactive) {
            current = web.message("seller.status." + inactive.current().code());
        }
        String key = "deals.error." + (EXPLAINED.contains(refused.code()) ? refused.code() : "input");
        return MessageFormat.format(web.message(key), current);
    }

    /** The page's message for a value the rules refuse, by the field at fault. */
    static String invalid(WebContext web, InvalidMarketplaceDataException refused) {
        return web.message("deals.error.field." + (EXPLAINED_FIELDS.contains(refused.field()) ? refused.field() : "input"));
    }

    static String invalid(WebContext web, InvalidAccountDataException refused) {
        return web.message("deals.error.field." + (EXPLAINED_FIELDS.contains(refused.field()) ? refused.field() : "input"));
    }
}
