package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingExpiryRun;
import io.cardvault.application.port.in.marketplace.RunListingExpiryUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.port.out.ListingExpiryPort;
import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.SendMailPort;
import io.cardvault.application.port.out.renewal.RenewalClaim;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The listing-expiry run, on the node that takes its lease (as the daily price run does): expires
 * the active listings past their expiry in one write, then mails each seller whose listing expires
 * within {@link RenewalMailPolicy#remindBefore} a one-click renewal link, at most
 * {@link #REMINDERS_PER_RUN} a run (the next run, an hour later, takes the rest). A mail is recorded
 * before it is handed over and both commit together (the mail leaves after the commit), so a
 * listing's reminder goes out once per expiry whichever node runs the job.
 */
@UseCase
public class RunListingExpiryService implements RunListingExpiryUseCase {

    static final String JOB = "marketplace-listing-expiry";
    /** Shorter than the hourly schedule: a node that died mid-run holds the job no longer than this. */
    static final Duration LEASE = Duration.ofMinutes(50);
    static final int REMINDERS_PER_RUN = 500;

    private final JobLeasePort leases;
    private final ListingExpiryPort expiry;
    private final ListingRenewalTokenPort tokens;
    private final AccountStorePort accounts;
    private final LoadCatalogueViewsPort catalogue;
    private final SendMailPort mail;
    private final RenewalMailPolicy policy;

    @Inject
    public RunListingExpiryService(JobLeasePort leases, ListingExpiryPort expiry, ListingRenewalTokenPort tokens,
                                   AccountStorePort accounts, LoadCatalogueViewsPort catalogue, SendMailPort mail,
                                   RenewalMailPolicy policy) {
        this.leases = leases;
        this.expiry = expiry;
        this.tokens = tokens;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.mail = mail;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected RunListingExpiryService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public ListingExpiryRun run(Instant asOf) {
        if (!leases.tryAcquire(JOB, LEASE)) {
            return ListingExpiryRun.SKIPPED;
        }
        Instant now = asOf;
        int expired = expiry.expireDue(now);
        List<Listing> due = expiry.findDueForReminder(now, now.plus(policy.remindBefore()), REMINDERS_PER_RUN);
        if (due.isEmpty()) {
            return new ListingExpiryRun(true, expired, 0);
        }
        Map<AccountId, Account> sellers = accounts.findByIds(due.stream().map(Listing::seller).collect(Collectors.toSet()));
        Map<CardId, String> names = names(due);
        Instant linkExpires = now.plus(policy.linkValidity());
        int reminded = 0;
        for (Listing listing : due) {
            Account seller = sellers.get(listing.seller());
            if (seller == null || !expiry.markReminded(listing.requireId(), listing.expiresAt(), now)) {
                continue; // the seller's account is gone, or another node mailed this expiry already
            }
            String token = tokens.issueRenewalToken(new RenewalClaim(listing.requireId(), listing.renewalCount(), linkExpires));
            String cardName = names.getOrDefault(listing.terms().card(), "card " + listing.terms().card().value());
            mail.send(RenewalMail.compose(seller.email(), listing, cardName, policy.renewalLink(token), linkExpires));
            reminded++;
        }
        return new ListingExpiryRun(true, expired, reminded);
    }

    private Map<CardId, String> names(List<Listing> listings) {
        Map<CardId, String> names = new HashMap<>();
        for (CardDetails card : catalogue.cards(listings.stream().map(listing -> listing.terms().card()).collect(Collectors.toSet()))) {
            names.put(new CardId(card.id()), card.card().name());
        }
        return names;
    }
}
