package io.cardvault.adapter.out.persistence.account;

import static io.cardvault.adapter.out.persistence.account.AccountJpaMapper.instant;
import static io.cardvault.adapter.out.persistence.account.AccountJpaMapper.utc;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyHash;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.KeyUsage;
import java.util.HexFormat;

/** Between {@link ApiKey} and its row: the hash as 32 bytes, the usage as (day, calls). */
final class ApiKeyJpaMapper {

    private ApiKeyJpaMapper() {
    }

    static ApiKeyJpaEntity toNewEntity(ApiKey key) {
        return new ApiKeyJpaEntity(key.owner().value(), key.name(), key.prefix(), hashBytes(key.hash()),
                key.tier().slug(), key.active(), utc(key.createdAt()), key.expiresAt().map(AccountJpaMapper::utc).orElse(null));
    }

    static ApiKey toDomain(ApiKeyJpaEntity row) {
        return ApiKey.reconstitute(new ApiKeyId(row.id()), new AccountId(row.accountId()), row.name(), row.prefix(),
                new ApiKeyHash(HexFormat.of().formatHex(row.keyHash())), AccountJpaMapper.tier(row.tier()), row.active(),
                instant(row.createdAt()), instant(row.expiresAt()), instant(row.lastUsedAt()), usage(row));
    }

    static KeyUsage usage(ApiKeyJpaEntity row) {
        return row.callsDay() == null ? KeyUsage.NONE : new KeyUsage(row.callsDay(), row.callsToday());
    }

    static byte[] hashBytes(ApiKeyHash hash) {
        return HexFormat.of().parseHex(hash.hex());
    }
}
