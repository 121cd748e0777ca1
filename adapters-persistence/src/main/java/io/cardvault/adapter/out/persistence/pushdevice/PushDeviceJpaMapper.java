package io.cardvault.adapter.out.persistence.pushdevice;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Optional;

/** Rows of {@code push_device} to the domain's devices, and a token to the key it is found by. */
final class PushDeviceJpaMapper {

    private PushDeviceJpaMapper() {
    }

    static PushDevice toDomain(PushDeviceJpaEntity row) {
        return new PushDevice(new AccountId(row.accountId()),
                AppPlatform.fromSlug(row.platform()).orElseThrow(() -> new IllegalStateException("unknown platform " + row.platform())),
                new DeviceToken(row.token()), Optional.ofNullable(row.appVersion()), row.registeredAt().toInstant(ZoneOffset.UTC));
    }

    /** The unique key: SHA-256 of the token (a token may be too long for a unique index itself). */
    static byte[] tokenHash(DeviceToken token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
