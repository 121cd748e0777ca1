package io.cardvault.application.port.in.account;

/**
 * Use case: issue a key. More keys than the tier allows is an {@link ApiKeyLimitReachedException};
 * a tier above the account's or a past expiry an {@code InvalidAccountDataException}.
 */
public interface CreateApiKeyUseCase {

    CreatedApiKey create(CreateApiKeyCommand command);
}
