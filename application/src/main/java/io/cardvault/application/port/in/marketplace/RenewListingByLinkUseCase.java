package io.cardvault.application.port.in.marketplace;

/**
 * Use case: the one-click renewal link of a reminder mail ({@code GET /listings/renew/<token>}); no
 * sign-in, the signed token is the proof. A valid, unused link renews its listing by 30 days; the
 * answer says which of the outcomes it was, for the page to show.
 */
public interface RenewListingByLinkUseCase {

    LinkRenewal renew(String token);
}
