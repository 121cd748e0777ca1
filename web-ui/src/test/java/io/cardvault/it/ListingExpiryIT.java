package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.seller;
import static io.cardvault.it.Market.username;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The listing-expiry job on Liberty + MariaDB + the demo mail server, run through the test route as of
 * a later moment: the renewal mail (EN and NL) arrives over IMAP with its link, the link's page renews
 * once and then says so, and a later run expires the listing. Runs after the other tests (tag
 * {@code market-clock}): judging weeks ahead expires every listing the other tests made.
 */
@Tag("market-clock")
class ListingExpiryIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/listings/renew/\\S+)");

    private static JsonObject run(Instant asOf) {
        Api.Reply run = Api.call("POST", "/api/testing/marketplace/expiry-run", "{\"as_of\":\"" + asOf + "\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json().asJsonObject();
    }

    private static String status(long listing) {
        return Api.get("/api/listings/" + listing).json().asJsonObject().getString("status");
    }

    @Test
    void the_renewal_mail_links_to_a_single_use_renewal_and_a_later_run_expires_the_listing() throws Exception {
        String seller = seller("expiry");
        JsonObject listed = list(seller, "650", "");
        long listing = id(listed);
        Instant expires = Instant.parse(listed.getString("expires_at"));

        JsonObject reminders = run(expires.minus(Duration.ofDays(6)));
        assertThat(reminders.getBoolean("ran")).isTrue();
        assertThat(reminders.getInt("reminded")).isGreaterThanOrEqualTo(1);

        List<MailIT.Received> mails = MailIT.awaitMail("imap", MailIT.IMAP_PORT, username(seller) + "@example.com",
                Duration.ofSeconds(60));
        MailIT.Received mail = mails.get(0);
        assertThat(mail.subject()).startsWith("Your listing of Charizard expires soon / Je advertentie van Charizard");
        assertThat(mail.body()).contains("Renew it for 30 more days with one click").contains("Verleng hem met één klik");
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        String page = link.group(1);
        // a second run the same day mails nothing more for this listing
        run(expires.minus(Duration.ofDays(6)).plusSeconds(3600));
        assertThat(MailIT.read("imap", MailIT.IMAP_PORT, username(seller) + "@example.com")).hasSize(1);

        Api.Reply renewed = Api.call("GET", page, null, "Accept-Language", "en");
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(renewed.raw().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(renewed.body()).contains("<html lang=\"en\"").contains("Your listing is renewed")
                .contains("renewed 1 times");
        Api.Reply again = Api.call("GET", page + "?lang=nl", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("<html lang=\"nl\"").contains("Deze link is al gebruikt");
        assertThat(Api.call("GET", page + "x", null).status()).isEqualTo(404);
        assertThat(Api.call("GET", "/listings/renew/lr1.1.0.1.forged", null).status()).isEqualTo(404);

        JsonObject renewal = as(seller, "GET", "/api/listings/" + listing, null).json().asJsonObject();
        Instant renewedUntil = Instant.parse(renewal.getString("expires_at"));
        // the create answer carries the clock's nanoseconds, the stored expiry milliseconds
        assertThat(renewedUntil).isEqualTo(expires.plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(renewal.getInt("renewal_count")).isEqualTo(1);

        JsonObject expiry = run(renewedUntil.plusSeconds(60));
        assertThat(expiry.getInt("expired")).isGreaterThanOrEqualTo(1);
        assertThat(status(listing)).isEqualTo("expired");
        assertThat(Api.get("/api/listings?limit=200").body()).doesNotContain("\"id\":" + listing + ",");
    }
}
