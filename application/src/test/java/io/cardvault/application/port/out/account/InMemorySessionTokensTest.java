package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.SessionTokenPort;

class InMemorySessionTokensTest extends SessionTokenPortContract {

    @Override
    protected SessionTokenPort tokens() {
        return new InMemorySessionTokens();
    }
}
