package io.cardvault.application.service.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.marketplace.LinkRenewal;
import io.cardvault.application.port.in.marketplace.ListingExpiryRun;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryJobLeases;
import io.cardvault.application.port.out.InMemoryListingExpiry;
import io.cardvault.application.port.out.DigestFingerprints;
import io.cardvault.application.port.out.InMemoryListingImages;
import io.cardvault.application.port.out.InMemoryListingStore;
import io.cardvault.application.port.out.InMemoryProtectedPhotos;
import io.cardvault.application.port.out.InMemoryTrustCodes;
import io.cardvault.application.port.out.MarkingWatermarks;
import io.cardvault.application.port.out.InMemoryMailbox;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.application.port.out.renewal.InMemoryRenewalTokens;
import io.cardvault.application.port.out.renewal.RenewalClaim;
import io.cardvault.application.service.price.RecordedEvents;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingNotActiveException;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.shared.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expiry run, its renewal mails and links, and publishing drafts, on the in-memory ports. */
class ListingRenewalServicesTest {

    private static final Instant LISTED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant REMINDER_DAY = LISTED.plus(Listing.LIFETIME).minus(Duration.ofDays(6));
    private static final Pattern LINK = Pattern.compile("https://cards\\.example/listings/renew/(\\S+)");

    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryListingExpiry expiry = new InMemoryListingExpiry(listings);
    private final InMemoryRenewalTokens tokens = new InMemoryRenewalTokens();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
    private final InMemoryMailbox mailbox = InMemoryMailbox.reachable();
    private final InMemoryJobLeases leases = new InMemoryJobLeases();
    private final RenewalMailPolicy policy = new RenewalMailPolicy(URI.create("https://cards.example/"),
            RenewalMailPolicy.SPEC_REMIND_BEFORE, RenewalMailPolicy.SPEC_LINK_VALIDITY);

    private Account seller;
    private CardId charizard;

    @BeforeEach
    void sellerAndCard() {
        seller = accounts.add(AccountFixtures.newAccount("renewer"));
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = catalogue.store(CatalogueFixtures.POKEMON, set, List.of(CatalogueFixtures.charizard(set)));
        charizard = stored.cardIds().values().iterator().next();
    }

    private ListingExpiryRun run(Instant at, String node) {
        return new RunListingExpiryService(leases.node(node), expiry, tokens, accounts, catalogue, mailbox, policy).run(at);
    }

    private RenewListingByLinkService renewal(Instant at) {
        return new RenewListingByLinkService(tokens, listings, catalogue, Clock.fixed(at, ZoneOffset.UTC));
    }

    private ListingTerms terms() {
        return new ListingTerms(charizard, Optional.empty(), CardCondition.NM, Optional.empty(), 1, Money.of("650", "EUR"),
                Optional.empty(), true, true, List.of(), false);
    }

    private Listing listed(Instant at) {
        return listings.add(Listing.create(seller.requireId(), terms(), at));
    }

    private static String tokenIn(OutgoingMail mail) {
        Matcher link = LINK.matcher(mail.textBody());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void a_run_expires_listings_past_their_expiry_on_the_node_holding_the_lease_only() {
        Listing old = listed(LISTED.minus(Duration.ofDays(61)));
        Instant now = LISTED;

        assertThat(run(now, "node-a")).isEqualTo(new ListingExpiryRun(true, 1, 0));
        assertThat(run(now, "node-b")).isEqualTo(ListingExpiryRun.SKIPPED);
        assertThat(listings.findById(old.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.EXPIRED);
    }

    @Test
    void a_listing_within_seven_days_of_expiry_gets_one_bilingual_mail_with_a_working_link() {
        Listing listing = listed(LISTED);

        assertThat(run(REMINDER_DAY, "node-a").reminded()).isEqualTo(1);
        assertThat(run(REMINDER_DAY.plus(Duration.ofHours(1)), "node-a").reminded()).isZero();

        OutgoingMail mail = mailbox.sentTo(seller.email()).get(0);
        assertThat(mailbox.sent()).hasSize(1);
        assertThat(mail.subject()).isEqualTo("Your listing of Charizard expires soon / Je advertentie van Charizard verloopt binnenkort");
        assertThat(mail.textBody())
                .contains("Your listing of Charizard (€650.00) on CardVault expires on 2026-11-30 09:00 UTC.")
                .contains("Je advertentie van Charizard (€650.00) op CardVault verloopt op 2026-11-30 09:00 UTC.")
                .contains("until 2026-12-01 09:00 UTC");
        assertThat(tokens.verifyRenewalToken(tokenIn(mail), REMINDER_DAY))
                .contains(new RenewalClaim(listing.requireId(), 0, REMINDER_DAY.plus(Duration.ofDays(7))));
    }

    @Test
    void the_link_renews_once_then_only_reports_the_new_expiry() {
        Listing listing = listed(LISTED);
        run(REMINDER_DAY, "node-a");
        String token = tokenIn(mailbox.sent().get(0));
        Instant clicked = REMINDER_DAY.plus(Duration.ofDays(1));

        LinkRenewal first = renewal(clicked).renew(token);
        LinkRenewal second = renewal(clicked.plus(Duration.ofMinutes(5))).renew(token);

        Instant renewedUntil = listing.expiresAt().plus(Listing.RENEWAL);
        assertThat(first).isEqualTo(new LinkRenewal.Renewed(listing.requireId().value(), "Charizard", renewedUntil, 1));
        assertThat(second).isEqualTo(new LinkRenewal.AlreadyUsed(listing.requireId().value(), "Charizard", renewedUntil));
        assertThat(listings.findById(listing.requireId()).orElseThrow().renewalCount()).isEqualTo(1);
    }

    @Test
    void an_expired_link_a_changed_link_and_a_sold_listing_renew_nothing() {
        Listing listing = listed(LISTED);
        run(REMINDER_DAY, "node-a");
        String token = tokenIn(mailbox.sent().get(0));

        assertThat(renewal(REMINDER_DAY.plus(Duration.ofDays(7))).renew(token)).isEqualTo(new LinkRenewal.Invalid());
        assertThat(renewal(REMINDER_DAY).renew(token + "0")).isEqualTo(new LinkRenewal.Invalid());
        assertThat(renewal(REMINDER_DAY).renew("not-a-token")).isEqualTo(new LinkRenewal.Invalid());

        listings.update(listings.findById(listing.requireId()).orElseThrow().withdraw());
        assertThat(renewal(REMINDER_DAY).renew(token))
                .isEqualTo(new LinkRenewal.NotRenewable(listing.requireId().value(), "Charizard", ListingStatus.WITHDRAWN));
    }

    @Test
    void a_link_renews_a_listing_that_expired_meanwhile_from_the_moment_of_the_click() {
        Listing listing = listed(LISTED);
        run(REMINDER_DAY, "node-a");
        String token = tokenIn(mailbox.sent().get(0));
        Instant afterExpiry = listing.expiresAt().plus(Duration.ofHours(2));
        run(afterExpiry, "node-a");

        LinkRenewal renewed = renewal(afterExpiry).renew(token);

        assertThat(renewed).isEqualTo(new LinkRenewal.Renewed(listing.requireId().value(), "Charizard",
                afterExpiry.plus(Listing.RENEWAL), 1));
        assertThat(listings.findById(listing.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.ACTIVE);
    }

    @Test
    void publishing_a_draft_puts_it_on_sale_and_announces_it_others_are_refused() {
        listings.cardOfGame(charizard, "pokemon");
        RecordedEvents<ListingPublished> published = new RecordedEvents<>();
        Instant now = LISTED.plus(Duration.ofDays(2));
        PublishListingService publish = new PublishListingService(listings, accounts, catalogue, published,
                Clock.fixed(now, ZoneOffset.UTC), new ListingProtection(new InMemoryTrustCodes(), new InMemoryProtectedPhotos(),
                new InMemoryListingImages(), new MarkingWatermarks(), new DigestFingerprints(), listings, new java.util.Random(7),
                Clock.fixed(now, ZoneOffset.UTC)));
        Listing draft = listings.add(Listing.draft(seller.requireId(), terms(), LISTED));
        Account stranger = accounts.add(AccountFixtures.newAccount("stranger"));

        assertThatThrownBy(() -> publish.publish(stranger.requireId(), draft.requireId()))
                .isInstanceOf(ListingNotFoundException.class);
        Listing onSale = publish.publish(seller.requireId(), draft.requireId()).listing();

        assertThat(onSale.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(onSale.expiresAt()).isEqualTo(now.plus(Listing.LIFETIME));
        assertThat(published.all()).containsExactly(new ListingPublished(draft.requireId(), charizard, "pokemon",
                Money.of("650", "EUR")));
        assertThatThrownBy(() -> publish.publish(seller.requireId(), draft.requireId()))
                .isInstanceOf(ListingNotActiveException.class);
    }
}
