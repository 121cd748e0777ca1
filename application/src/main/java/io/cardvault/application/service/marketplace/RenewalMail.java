package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.marketplace.Listing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The renewal reminder, in English and then Dutch in one mail (an account keeps no language, and
 * the site speaks both): which listing, when it expires, and the one-click link with its terms.
 */
final class RenewalMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 80;

    private RenewalMail() {
    }

    static OutgoingMail compose(EmailAddress to, Listing listing, String cardName, String link, Instant linkExpires) {
        String name = shortened(cardName);
        String price = "€" + listing.terms().price().amount().toPlainString();
        String expires = WHEN.format(listing.expiresAt());
        String linkUntil = WHEN.format(linkExpires);
        String subject = "Your listing of " + name + " expires soon / Je advertentie van " + name + " verloopt binnenkort";
        String text = "Your listing of " + name + " (" + price + ") on CardVault expires on " + expires + ".\n\n"
                + "Renew it for 30 more days with one click:\n" + link + "\n\n"
                + "The link works once, until " + linkUntil + ", and needs no sign-in. You can also renew it from your "
                + "seller dashboard.\n\n"
                + "-- Nederlands --\n\n"
                + "Je advertentie van " + name + " (" + price + ") op CardVault verloopt op " + expires + ".\n\n"
                + "Verleng hem met één klik met 30 dagen:\n" + link + "\n\n"
                + "De link werkt één keer, tot " + linkUntil + ", en vraagt niet om in te loggen. Je kunt hem ook "
                + "verlengen vanuit je verkopersoverzicht.\n";
        return OutgoingMail.text(to, subject, text);
    }

    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME - 1) + "…";
    }
}
