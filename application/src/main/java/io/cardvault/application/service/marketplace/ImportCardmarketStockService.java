package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.application.port.in.marketplace.CardmarketImportReport;
import io.cardvault.application.port.in.marketplace.CardmarketStockLine;
import io.cardvault.application.port.in.marketplace.ImportCardmarketStockCommand;
import io.cardvault.application.port.in.marketplace.ImportCardmarketStockUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadImportCandidatesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.application.service.collection.CardMatch;
import io.cardvault.application.service.collection.ImportCatalogue;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.marketplace.SellerSetupRequiredException;
import io.cardvault.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes draft listings of a Cardmarket stock export. The articles are matched against the catalogue
 * the way the collection import matches rows ({@link ImportCatalogue}: Cardmarket's product id names
 * card and variant at once; without one, set and number or name); an article whose card is not
 * found is unmatched, one whose terms a listing refuses (a price over the cap, more than 9,999
 * copies) is invalid. Drafts are not on sale: no listing_new, no watches, until published.
 */
@UseCase
public class ImportCardmarketStockService implements ImportCardmarketStockUseCase {

    private final LoadImportCandidatesPort catalogue;
    private final ListingStorePort listings;
    private final AccountStorePort accounts;
    private final Clock clock;

    @Inject
    public ImportCardmarketStockService(LoadImportCandidatesPort catalogue, ListingStorePort listings,
                                        AccountStorePort accounts) {
        this(catalogue, listings, accounts, Clock.systemUTC());
    }

    public ImportCardmarketStockService(LoadImportCandidatesPort catalogue, ListingStorePort listings,
                                        AccountStorePort accounts, Clock clock) {
        this.catalogue = catalogue;
        this.listings = listings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ImportCardmarketStockService() {
        this(null, null, null, null);
    }

    @Override
    public CardmarketImportReport importStock(ImportCardmarketStockCommand command) {
        accounts.findById(command.seller()).filter(Account::seller).orElseThrow(SellerSetupRequiredException::new);
        List<RejectedLine> invalid = new ArrayList<>(command.unreadable());
        List<RejectedLine> unmatched = new ArrayList<>();
        List<CardmarketImportReport.Draft> imported = new ArrayList<>();
        if (!command.lines().isEmpty()) {
            ImportCatalogue cards = ImportCatalogue.load(catalogue,
                    command.lines().stream().map(CardmarketStockLine::row).toList());
            Instant now = clock.instant();
            for (CardmarketStockLine line : command.lines()) {
                CollectionImportRow row = line.row();
                CardMatch match = cards.match(row);
                if (match instanceof CardMatch.Refused refused) {
                    unmatched.add(new RejectedLine(row.line(), refused.reason()));
                    continue;
                }
                CardMatch.Found found = (CardMatch.Found) match;
                try {
                    CardId card = new CardId(found.card().id());
                    Optional<String> variant = found.variant()
                            .flatMap(chosen -> VariantSlugs.of(found.card(), new VariantId(chosen.id())));
                    ListingTerms terms = new ListingTerms(card, variant, row.condition(), row.grading(), row.quantity(),
                            line.price(), Optional.empty(), false, true, List.of(), false);
                    Listing draft = listings.add(Listing.draft(command.seller(), terms, now));
                    imported.add(new CardmarketImportReport.Draft(row.line(), draft.requireId(), card,
                            found.card().card().name(), found.card().set().name(), row.quantity(), line.price()));
                } catch (DomainException | IllegalArgumentException refusedTerms) {
                    invalid.add(new RejectedLine(row.line(), Optional.ofNullable(refusedTerms.getMessage())
                            .filter(message -> !message.isBlank()).orElse("the article cannot be listed")));
                }
            }
        }
        invalid.sort(Comparator.comparingInt(RejectedLine::line));
        return new CardmarketImportReport(imported, unmatched, invalid);
    }
}
