package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.account.AccountId;

import io.cardvault.application.port.in.account.ApiCaller;
import java.util.Objects;

/**
 * Who asks for a recognition: a signed-in website user (unlimited, {@code key} null) or an API
 * key ({@code metered}: the key's tier must include recognitions and each one draws on the
 * account's daily recognition quota).
 */
public record RecognitionCaller(AccountId account, ApiCaller key) {

    public RecognitionCaller {
        Objects.requireNonNull(account, "account");
        if (key != null && !key.account().equals(account)) {
            throw new IllegalArgumentException("the key belongs to another account");
        }
    }

    public static RecognitionCaller session(AccountId account) {
        return new RecognitionCaller(account, null);
    }

    public static RecognitionCaller apiKey(ApiCaller key) {
        return new RecognitionCaller(key.account(), key);
    }

    public boolean metered() {
        return key != null;
    }
}
