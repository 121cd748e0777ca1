package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.account.AccountId;

import java.util.Objects;

/**
 * Who asks for a recognition: a signed-in website user (unlimited) or an API key's account,
 * {@code metered}: Starter tier or above, drawing on the tier's daily recognition quota.
 */
public record RecognitionCaller(AccountId account, boolean metered) {

    public RecognitionCaller {
        Objects.requireNonNull(account, "account");
    }

    public static RecognitionCaller session(AccountId account) {
        return new RecognitionCaller(account, false);
    }

    public static RecognitionCaller apiKey(AccountId account) {
        return new RecognitionCaller(account, true);
    }
}
