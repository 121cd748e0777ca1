package io.cardvault.domain.realtime;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The channel families and who may read them: public ones to anybody, {@code user:<id>} to its
 * owner only (with credentials presented at connect time), {@code scan:<session>} to any
 * authenticated caller (the session id is the unguessable part).
 */
public enum TopicKind {
    CARD("card:", Access.PUBLIC),
    SET("set:", Access.PUBLIC),
    TCG("tcg:", Access.PUBLIC),
    MARKET("market:", Access.PUBLIC),
    MARKETPLACE("marketplace:", Access.PUBLIC),
    USER("user:", Access.OWNER),
    SCAN("scan:", Access.AUTHENTICATED);

    /** Who may subscribe. */
    public enum Access { PUBLIC, OWNER, AUTHENTICATED }

    private final String prefix;
    private final Access access;

    TopicKind(String prefix, Access access) {
        this.prefix = prefix;
        this.access = access;
    }

    public String prefix() {
        return prefix;
    }

    public Access access() {
        return access;
    }

    static Optional<TopicKind> ofName(String name) {
        return Arrays.stream(values()).filter(kind -> name.startsWith(kind.prefix)).findFirst();
    }

    /** The prefixes anonymous callers may use, as the welcome frame lists them. */
    public static List<String> publicPrefixes() {
        return Arrays.stream(values()).filter(kind -> kind.access == Access.PUBLIC).map(TopicKind::prefix).toList();
    }
}
