package io.cardvault.application.service.trust;

import io.cardvault.application.port.in.trust.CodeVerification;
import io.cardvault.application.port.in.trust.VerifyCodeUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.ConfirmationCode;
import io.cardvault.domain.trust.ProtectionStatus;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Looks a code up: its listing, the card and set names, the seller. A text that cannot be a code
 * looks up a decoy code, so every fresh answer costs one indexed read; each fresh answer is padded to
 * the policy's floor (a known code's extra reads do not show in the time) and held for the policy's
 * cache time (a listing sold meanwhile shows as expired that much later).
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // reads only; the padding must not hold a transaction open
public class VerifyCodeService implements VerifyCodeUseCase {

    /** Longer than any code: a text beyond it is cut before it is echoed or held. */
    static final int MAX_ECHO = 16;
    private static final ConfirmationCode DECOY = new ConfirmationCode("ZZZZZZZZ");

    private final TrustCodeStorePort codes;
    private final ListingStorePort listings;
    private final LoadCatalogueViewsPort catalogue;
    private final AccountStorePort accounts;
    private final VerificationPolicy policy;
    private final Clock clock;
    private final HeldAnswers<String, CodeVerification> held;

    @Inject
    public VerifyCodeService(TrustCodeStorePort codes, ListingStorePort listings, LoadCatalogueViewsPort catalogue,
                             AccountStorePort accounts, VerificationPolicy policy) {
        this(codes, listings, catalogue, accounts, policy, Clock.systemUTC());
    }

    public VerifyCodeService(TrustCodeStorePort codes, ListingStorePort listings, LoadCatalogueViewsPort catalogue,
                             AccountStorePort accounts, VerificationPolicy policy, Clock clock) {
        this.codes = codes;
        this.listings = listings;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.held = policy == null ? null : new HeldAnswers<>(policy.answerCache(), 10_000, clock);
    }

    /** For CDI's client proxy only. */
    protected VerifyCodeService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public CodeVerification verify(String typed) {
        String key = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (key.length() > MAX_ECHO) {
            key = key.substring(0, MAX_ECHO);
        }
        Optional<CodeVerification> remembered = held.get(key);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        long started = System.nanoTime();
        CodeVerification answer = lookUp(key);
        padToFloor(started);
        held.put(key, answer);
        return answer;
    }

    private CodeVerification lookUp(String key) {
        Optional<ConfirmationCode> code = ConfirmationCode.parse(key);
        Optional<ListingId> listingId = codes.listingOf(code.orElse(DECOY));
        if (code.isEmpty() || listingId.isEmpty()) {
            return new CodeVerification.Unknown(key);
        }
        Optional<Listing> listing = listings.findById(listingId.get());
        Optional<CardDetails> card = listing.flatMap(found -> catalogue.card(found.terms().card()));
        if (listing.isEmpty() || card.isEmpty()) {
            return new CodeVerification.Unknown(key);
        }
        Listing found = listing.get();
        String seller = accounts.findById(found.seller()).map(account -> account.username().value())
                .orElse("deleted-user");
        return new CodeVerification.Valid(code.get().value(), ProtectionStatus.of(found, clock.instant()),
                card.get().card().name(), card.get().set().name(), found.terms().condition().name(), seller,
                found.terms().imageProtection(), found.createdAt(), found.requireId().value(),
                found.terms().imageUrls().stream().findFirst());
    }

    private void padToFloor(long started) {
        long remaining = policy.answerFloor().toNanos() - (System.nanoTime() - started);
        if (remaining <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
