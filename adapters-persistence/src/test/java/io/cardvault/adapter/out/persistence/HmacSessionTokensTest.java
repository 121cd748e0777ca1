package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSessionTokensTest {

    private static final byte[] OLD = "an old secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "the new secret, also 32 bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");
    private static final AccountId ACCOUNT = new AccountId(42);
    private static final String SESSION = "AAECAwQFBgcICQoLDA0ODw";
    private static final Instant EXPIRY = NOW.plus(Duration.ofDays(30));
    private static final SessionClaims CLAIMS = new SessionClaims(ACCOUNT, 3, SESSION, EXPIRY);

    @Test
    void an_issued_token_carries_account_generation_session_and_expiry_and_verifies_until_it_expires() {
        HmacSessionTokens tokens = new HmacSessionTokens(NEW, List.of());
        String token = tokens.issue(CLAIMS);
        assertThat(token).startsWith("v2.42.3." + SESSION + "." + EXPIRY.getEpochSecond() + ".");
        assertThat(tokens.verify(token, NOW)).contains(CLAIMS);
        assertThat(tokens.verify(token, EXPIRY.minusSeconds(1))).contains(CLAIMS);
        assertThat(tokens.verify(token, EXPIRY)).isEmpty();
    }

    @Test
    void a_tampered_account_generation_session_expiry_or_signature_is_rejected() {
        HmacSessionTokens tokens = new HmacSessionTokens(NEW, List.of());
        String[] parts = tokens.issue(CLAIMS).split("\\.");
        String signature = parts[5];
        assertThat(tokens.verify(String.join(".", "v2", "43", "3", SESSION, parts[4], signature), NOW)).isEmpty();
        assertThat(tokens.verify(String.join(".", "v2", "42", "4", SESSION, parts[4], signature), NOW)).isEmpty();
        assertThat(tokens.verify(String.join(".", "v2", "42", "3", "B" + SESSION.substring(1), parts[4], signature), NOW))
                .isEmpty();
        assertThat(tokens.verify(String.join(".", "v2", "42", "3", SESSION, parts[4] + "9", signature), NOW)).isEmpty();
        String flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        assertThat(tokens.verify(String.join(".", "v2", "42", "3", SESSION, parts[4], flipped), NOW)).isEmpty();
        assertThat(tokens.verify("garbage", NOW)).isEmpty();
        assertThat(tokens.verify("", NOW)).isEmpty();
        assertThat(tokens.verify(null, NOW)).isEmpty();
    }

    @Test
    void a_first_format_token_still_verifies_as_generation_0_without_a_session_id() throws Exception {
        String payload = "v1.42." + EXPIRY.getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NEW, "HmacSHA256"));
        String v1 = payload + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        assertThat(new HmacSessionTokens(NEW, List.of()).verify(v1, NOW)).contains(new SessionClaims(ACCOUNT, 0, "", EXPIRY));
    }

    @Test
    void signed_payloads_of_the_wrong_shape_are_no_session() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NEW, "HmacSHA256"));
        HmacSessionTokens tokens = new HmacSessionTokens(NEW, List.of());
        for (String payload : List.of("v2.42.3." + EXPIRY.getEpochSecond(), "v2.42.-1." + SESSION + "." + EXPIRY.getEpochSecond(),
                "v2.42.3.short." + EXPIRY.getEpochSecond(), "v3.42." + EXPIRY.getEpochSecond(),
                "v2.42.3." + SESSION + ".99999999999999999999")) {
            String token = payload + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
            assertThat(tokens.verify(token, NOW)).as(payload).isEmpty();
        }
    }

    @Test
    void a_token_signed_with_another_secret_is_rejected() {
        String foreign = new HmacSessionTokens(OLD, List.of()).issue(CLAIMS);
        assertThat(new HmacSessionTokens(NEW, List.of()).verify(foreign, NOW)).isEmpty();
    }

    @Test
    void after_rotation_tokens_under_the_old_secret_still_verify_and_new_ones_use_the_new_secret() {
        String beforeRotation = new HmacSessionTokens(OLD, List.of()).issue(CLAIMS);
        HmacSessionTokens rotated = new HmacSessionTokens(NEW, List.of(OLD));
        assertThat(rotated.verify(beforeRotation, NOW)).contains(CLAIMS);
        String afterRotation = rotated.issue(CLAIMS);
        assertThat(new HmacSessionTokens(NEW, List.of()).verify(afterRotation, NOW)).contains(CLAIMS);
        assertThat(new HmacSessionTokens(OLD, List.of()).verify(afterRotation, NOW)).isEmpty();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new HmacSessionTokens("short".getBytes(StandardCharsets.UTF_8), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
