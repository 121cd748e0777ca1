package io.cardvault.application.port.out.renewal;

import io.cardvault.application.port.out.ListingRenewalTokenPort;

/** The fake verifies as the HMAC adapter does. */
class InMemoryRenewalTokensTest extends ListingRenewalTokenPortContract {

    @Override
    protected ListingRenewalTokenPort tokens() {
        return new InMemoryRenewalTokens();
    }
}
