package io.cardvault.application.port.in.profile;

import java.util.Currency;
import java.util.Optional;

/**
 * Use case: a collector's public page by username: member since and active listings always; the collection
 * (portfolio value, game breakdown, top cards, recently added, showcase) only when they made it public.
 */
public interface GetPublicProfileUseCase {

    /** @throws ProfileNotFoundException when no account has that username */
    PublicProfile profile(String username, Currency currency);

    /** The avatar's WebP bytes; empty when the user has none or does not exist. */
    Optional<byte[]> avatar(String username);
}
