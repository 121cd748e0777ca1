package io.cardvault.domain.collection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which kinds of notification an account also wants by mail. Every kind has an answer: the
 * collector's own choice where they made one, else the kind's default. The defaults mail what the
 * collector armed themselves (a price alert, a wish with a max price: setting one is asking to be
 * told, and mail is the only way to reach someone who is not on the site), and keep the rest in
 * the on-site feed until the collector opts in.
 */
public record NotificationSettings(Map<NotificationKind, Boolean> mail) {

    public NotificationSettings {
        Objects.requireNonNull(mail, "mail");
        EnumMap<NotificationKind, Boolean> complete = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Boolean chosen = mail.get(kind);
            InvalidCollectionDataException.require(chosen != null, "notification_settings",
                    "a mail setting is missing for " + kind.code());
            complete.put(kind, chosen);
        }
        mail = Collections.unmodifiableMap(complete);
    }

    /** What an account that never chose gets. */
    public static NotificationSettings defaults() {
        EnumMap<NotificationKind, Boolean> mail = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            mail.put(kind, mailsByDefault(kind));
        }
        return new NotificationSettings(mail);
    }

    /** The defaults with these choices of the collector on top. */
    public static NotificationSettings chosen(Map<NotificationKind, Boolean> choices) {
        return defaults().with(choices);
    }

    /** These settings after the collector changed some kinds; the others keep their value. */
    public NotificationSettings with(Map<NotificationKind, Boolean> changes) {
        Objects.requireNonNull(changes, "changes");
        EnumMap<NotificationKind, Boolean> changed = new EnumMap<>(mail);
        changes.forEach((kind, on) -> changed.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(on, "on")));
        return new NotificationSettings(changed);
    }

    public boolean mails(NotificationKind kind) {
        return mail.get(Objects.requireNonNull(kind, "kind"));
    }

    static boolean mailsByDefault(NotificationKind kind) {
        return kind == NotificationKind.ALERT_TRIGGERED || kind == NotificationKind.WISHLIST_PRICE;
    }
}
