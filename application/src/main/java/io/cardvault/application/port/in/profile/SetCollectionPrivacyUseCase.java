package io.cardvault.application.port.in.profile;

import io.cardvault.domain.account.AccountId;

/** Use case: a collector shows or hides their collection on their public page; answers the new setting. */
public interface SetCollectionPrivacyUseCase {

    boolean setCollectionPublic(AccountId account, boolean isPublic);
}
