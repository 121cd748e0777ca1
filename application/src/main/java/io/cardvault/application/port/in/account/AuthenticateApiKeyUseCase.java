package io.cardvault.application.port.in.account;

/**
 * Use case: resolve a presented API key. Unknown, revoked, expired or malformed keys are an
 * {@link InvalidCredentialsException}.
 */
public interface AuthenticateApiKeyUseCase {

    ApiCaller authenticate(String presentedKey);
}
