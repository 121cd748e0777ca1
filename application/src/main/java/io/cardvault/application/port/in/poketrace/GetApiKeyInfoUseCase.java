package io.cardvault.application.port.in.poketrace;

import io.cardvault.application.port.in.account.ApiCaller;

/** Use case: the calling key and its account's plan. */
public interface GetApiKeyInfoUseCase {

    ApiKeyInfo info(ApiCaller caller);
}
