package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.in.account.CreatedApiKey;

/** The answer to {@code POST /api/keys}: the key's fields plus {@code key}, the secret, shown this once. */
public record CreatedApiKeyResponse(long id, String name, String key, String prefix, String tier, boolean isActive,
                                    Long dailyLimit, Long rateLimitPerMinute, long callsToday, String lastUsedAt,
                                    String createdAt,
                                    String expiresAt) {

    static CreatedApiKeyResponse from(CreatedApiKey created) {
        ApiKeyResponse shown = ApiKeyResponse.from(created.key());
        return new CreatedApiKeyResponse(shown.id(), shown.name(), created.secret().value(), shown.prefix(),
                shown.tier(), shown.isActive(), shown.dailyLimit(), shown.rateLimitPerMinute(), shown.callsToday(),
                shown.lastUsedAt(),
                shown.createdAt(), shown.expiresAt());
    }
}
