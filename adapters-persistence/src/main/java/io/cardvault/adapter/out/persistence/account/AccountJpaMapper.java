package io.cardvault.adapter.out.persistence.account;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import java.time.LocalDateTime;

/** Between {@link Account} and its row; times are stored as UTC wall clock with milliseconds. */
final class AccountJpaMapper {

    private AccountJpaMapper() {
    }

    static AccountJpaEntity toNewEntity(Account account) {
        return new AccountJpaEntity(account.username().value(), account.email().value(), account.passwordHash().value(),
                account.tier().slug(), account.displayName().orElse(null), account.country().orElse(null),
                account.admin(), account.seller(), utc(account.createdAt()),
                account.deletionRequestedAt().map(AccountJpaMapper::utc).orElse(null));
    }

    static Account toDomain(AccountJpaEntity row) {
        return Account.reconstitute(new AccountId(row.id()), new Username(row.username()), new EmailAddress(row.email()),
                new PasswordHash(row.passwordHash()), tier(row.tier()), row.displayName(), row.country(), row.admin(),
                row.seller(), instant(row.createdAt()), instant(row.deletionRequestedAt()));
    }

    /** An unknown slug in the table is a data error; the safest reading is the smallest quota. */
    static Tier tier(String slug) {
        return Tier.fromSlug(slug).orElse(Tier.FREE);
    }

    static LocalDateTime utc(Instant instant) {
        return UtcWallClock.utc(instant);
    }

    static Instant instant(LocalDateTime utc) {
        return UtcWallClock.instant(utc);
    }
}
