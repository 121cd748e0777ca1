package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.account.SessionTokenPortContract;
import java.nio.charset.StandardCharsets;
import java.util.List;

class HmacSessionTokensContractTest extends SessionTokenPortContract {

    private final HmacSessionTokens tokens =
            new HmacSessionTokens("a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8), List.of());

    @Override
    protected SessionTokenPort tokens() {
        return tokens;
    }
}
