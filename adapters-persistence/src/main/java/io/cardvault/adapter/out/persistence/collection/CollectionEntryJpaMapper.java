package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.util.Optional;

/** Between {@link CollectionEntry} and its row: the condition by its name, a slab as company code + grade. */
final class CollectionEntryJpaMapper {

    static final String PRICE_PAID = "price_paid";

    private CollectionEntryJpaMapper() {
    }

    static CollectionEntryJpaEntity toNewEntity(CollectionEntry entry) {
        CollectionEntryJpaEntity row = new CollectionEntryJpaEntity(entry.owner().value(), entry.card().value(),
                utc(entry.addedAt()));
        amend(row, entry);
        return row;
    }

    /** Writes what an entry may change over its life onto its row. */
    static void amend(CollectionEntryJpaEntity row, CollectionEntry entry) {
        row.hold(entry.variant().map(VariantId::value).orElse(null), entry.quantity(), entry.condition().name(),
                MoneyColumns.amountOrNull(entry.pricePaid(), PRICE_PAID), MoneyColumns.currencyOrNull(entry.pricePaid()),
                entry.grading().map(grading -> grading.company().code()).orElse(null),
                entry.grading().map(Grading::grade).orElse(null));
    }

    static CollectionEntry toDomain(CollectionEntryJpaEntity row) {
        return CollectionEntry.reconstitute(new CollectionEntryId(row.id()), new AccountId(row.accountId()),
                new CardId(row.cardId()), Optional.ofNullable(row.variantId()).map(VariantId::new), row.quantity(),
                CardCondition.valueOf(row.condition()), MoneyColumns.money(row.pricePaidAmount(), row.pricePaidCurrency()),
                grading(row.gradingCompany(), row.grade()), instant(row.addedAt()));
    }

    static Optional<Grading> grading(String company, String grade) {
        return company == null ? Optional.empty() : Optional.of(Grading.of(GradingCompany.fromCode(company), grade));
    }
}
