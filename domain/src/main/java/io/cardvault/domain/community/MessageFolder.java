package io.cardvault.domain.community;

import java.util.Locale;

/** Which of an account's messages a list shows: received, sent, or both. */
public enum MessageFolder {
    INBOX, SENT, ALL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The folder a query names; blank is the inbox (the spec's default). */
    public static MessageFolder parse(String text) {
        if (text == null || text.isBlank()) {
            return INBOX;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (MessageFolder folder : values()) {
            if (folder.name().equals(wanted)) {
                return folder;
            }
        }
        throw new InvalidCommunityDataException("folder", "folder is inbox, sent or all");
    }
}
