package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;

/**
 * Use case: the one tier/role gate ({@code starter+}, {@code pro+}, {@code admin}) every driving
 * adapter asks. A refusal is an {@link AccessDeniedException}; an account that no longer exists an
 * {@link InvalidCredentialsException}.
 */
public interface CheckAccessUseCase {

    /** A caller signed in by session cookie: its account's tier, session rights and admin role count. */
    void requireForSession(AccountId account, AccessRequirement requirement);

    /** A caller authenticated by API key: the key's own tier and the account's admin role count. */
    void requireForKey(ApiCaller caller, AccessRequirement requirement);
}
