package io.cardvault.adapter.in.rest.poketrace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code /v1} lists' opaque cursors: the key of a page's last row (a card id, a set slug, a
 * history day and source), signed. A cursor is base64url of a 16-byte HMAC-SHA256 tag followed by
 * {@code <list>\n<key>}; the tag also covers the list's filters, so a cursor edited by hand, made
 * for another list or for other filters fails the check ({@link #read}) and the request is a 400,
 * never a page of something else. The secret is {@code CARDVAULT_V1_CURSOR_SECRET}, the same on every
 * node (empty: random per process, so cursors do not survive a restart or cross nodes).
 */
@ApplicationScoped
public class PokeTraceCursors {

    private static final Logger LOG = Logger.getLogger(PokeTraceCursors.class.getName());
    private static final int TAG_BYTES = 16;
    private static final int MIN_SECRET_BYTES = 32;
    /** Longer than any cursor this class writes; a longer one is refused before decoding. */
    private static final int MAX_CURSOR_LENGTH = 512;

    private final byte[] secret;

    @Inject
    public PokeTraceCursors(@ConfigProperty(name = "CARDVAULT_V1_CURSOR_SECRET") Optional<String> configured) {
        this(secret(configured.orElse("")));
    }

    PokeTraceCursors(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the cursor secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = secret.clone();
    }

    /** For CDI's client proxy only. */
    protected PokeTraceCursors() {
        this.secret = null;
    }

    private static byte[] secret(String configured) {
        if (!configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        LOG.warning("CARDVAULT_V1_CURSOR_SECRET is not set: using a random secret for this process only "
                + "(development only; /v1 cursors do not survive a restart and are refused by other nodes)");
        byte[] generated = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(generated);
        return generated;
    }

    /** The cursor of {@code list} under {@code scope} (its filters, canonically written) positioned after {@code key}. */
    public String write(String list, String scope, String key) {
        byte[] body = (list + "\n" + key).getBytes(StandardCharsets.UTF_8);
        byte[] tag = tag(list, scope, key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(TAG_BYTES + body.length)
                .put(tag).put(body).array());
    }

    /** The key a cursor of {@code list} under {@code scope} carries; empty when it is not such a cursor or its tag is wrong. */
    public Optional<String> read(String list, String scope, String cursor) {
        if (cursor == null || cursor.length() > MAX_CURSOR_LENGTH) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= TAG_BYTES) {
            return Optional.empty();
        }
        String body = new String(bytes, TAG_BYTES, bytes.length - TAG_BYTES, StandardCharsets.UTF_8);
        String prefix = list + "\n";
        if (!body.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = body.substring(prefix.length());
        boolean genuine = MessageDigest.isEqual(Arrays.copyOf(bytes, TAG_BYTES), tag(list, scope, key));
        return genuine ? Optional.of(key) : Optional.empty();
    }

    private byte[] tag(String list, String scope, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal((list + "\n" + scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
