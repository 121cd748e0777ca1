package io.cardvault.sandbox.demo;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.catalogue.ResolveCardsUseCase;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.CreateListingUseCase;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates one demo seller whole, in one transaction: the account (a random password nobody knows:
 * nobody signs in as a demo seller), its seller profile and its listings. A start stopped half-way
 * leaves no seller without stock, so "the account exists" is the mark that it was created.
 */
@ApplicationScoped
class DemoSellerAccounts {

    private static final Logger LOG = Logger.getLogger(DemoSellerAccounts.class.getName());
    /** The card lookup's window: a name's printings across the game, oldest set first. */
    private static final int CANDIDATES = 50;
    private static final Currency EURO = Currency.getInstance(ListingTerms.CURRENCY);

    private final RegisterAccountUseCase register;
    private final SetUpSellerUseCase setUpSeller;
    private final ResolveCardsUseCase resolve;
    private final GetCardUseCase cards;
    private final CreateListingUseCase create;
    private final SecureRandom random = new SecureRandom();

    @Inject
    DemoSellerAccounts(RegisterAccountUseCase register, SetUpSellerUseCase setUpSeller, ResolveCardsUseCase resolve,
                       GetCardUseCase cards, CreateListingUseCase create) {
        this.register = register;
        this.setUpSeller = setUpSeller;
        this.resolve = resolve;
        this.cards = cards;
        this.create = create;
    }

    /** For CDI's client proxy only. */
    protected DemoSellerAccounts() {
        this(null, null, null, null, null);
    }

    /** Creates the seller and lists its stock; answers how many listings it put up (cards the catalogue lacks are skipped). */
    @Transactional
    int create(DemoStock.Seller seller) {
        Account account = register.register(new RegisterAccountCommand(new Username(seller.username()),
                new EmailAddress(seller.username() + "@demo.cardvault.example"), password(), seller.displayName(), seller.country()));
        setUpSeller.setUp(new SetUpSellerCommand(account.requireId(), seller.displayName(), seller.country()));
        int listed = 0;
        for (DemoStock.Item item : seller.stock()) {
            Optional<CardId> card = find(item);
            if (card.isEmpty()) {
                LOG.info(() -> "Demo sellers: " + item.cardName() + " (" + item.setName() + ") is not in the catalogue, not listed");
                continue;
            }
            create.create(new CreateListingCommand(account.requireId(), new ListingTerms(card.get(), Optional.empty(),
                    item.condition(), item.grading(), 1, new Money(EURO, new BigDecimal(item.priceEur())),
                    Optional.of(DemoStock.DESCRIPTION), true, item.buyNow(), List.of(), false)));
            listed++;
        }
        return listed;
    }

    /** The card of the item's set (by its English name), or none when the catalogue does not hold it. */
    private Optional<CardId> find(DemoStock.Item item) {
        List<CardOverview> candidates = resolve.resolve(new CardCriteria(item.game(), null, item.cardName(), item.number(), null),
                CANDIDATES);
        return candidates.stream().filter(card -> item.cardName().equals(card.name()))
                .filter(card -> item.setName().equals(cards.card(new CardId(card.id())).set().name()))
                .map(card -> new CardId(card.id())).findFirst();
    }

    /** A strong random password: the account is never signed into. */
    private String password() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
