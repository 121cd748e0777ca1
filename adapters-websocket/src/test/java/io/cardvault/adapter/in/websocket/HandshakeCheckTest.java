package io.cardvault.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandshakeCheckTest {

    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    @Test
    void a_sound_handshake_passes() {
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", KEY, null)).isEmpty();
        assertThat(RealtimeUpgradeServlet.brokenHandshake("keep-alive, Upgrade", " 13", KEY, "v1.cardvault, chat")).isEmpty();
    }

    @Test
    void connection_must_name_upgrade() {
        assertThat(RealtimeUpgradeServlet.brokenHandshake(null, "13", KEY, null)).isPresent();
        assertThat(RealtimeUpgradeServlet.brokenHandshake("keep-alive", "13", KEY, null)).isPresent();
    }

    @Test
    void another_version_is_named_as_unsupported() {
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "99", KEY, null))
                .contains(RealtimeUpgradeServlet.UNSUPPORTED_VERSION);
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", null, KEY, null))
                .contains(RealtimeUpgradeServlet.UNSUPPORTED_VERSION);
    }

    @Test
    void the_key_must_be_sixteen_bytes_in_base64() {
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", null, null)).isPresent();
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", "%%%", null)).isPresent();
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", "c2hvcnQ=", null)).isPresent();
    }

    @Test
    void subprotocols_must_be_tokens() {
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", KEY, "%zz, , chat")).isPresent();
        assertThat(RealtimeUpgradeServlet.brokenHandshake("Upgrade", "13", KEY, "a b")).isPresent();
    }
}
