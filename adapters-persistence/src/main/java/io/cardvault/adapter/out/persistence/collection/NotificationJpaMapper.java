package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Between {@link Notification} and its row. The data map (whole numbers and texts only, as the
 * domain allows) is a flat JSON object in its insertion order; JSON-P keeps that order both ways.
 */
final class NotificationJpaMapper {

    private NotificationJpaMapper() {
    }

    static NotificationJpaEntity toNewEntity(Notification notification) {
        return new NotificationJpaEntity(notification.owner().value(), notification.kind().code(), notification.title(),
                notification.body(), json(notification.data()), notification.url().orElse(null), notification.read(),
                utc(notification.createdAt()));
    }

    /** Empty for a kind this version does not know (a row written by a newer node): it is skipped, not a failure. */
    static Optional<Notification> toDomain(NotificationJpaEntity row) {
        return NotificationKind.find(row.kind()).map(kind -> new Notification(Optional.of(new NotificationId(row.id())),
                new AccountId(row.accountId()), kind, row.title(), row.body(), data(row.data()), Optional.ofNullable(row.url()),
                row.read(), instant(row.createdAt())));
    }

    static String json(Map<String, Object> data) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value instanceof Long number) {
                object.add(key, number.longValue());
            } else {
                object.add(key, (String) value);
            }
        });
        return object.build().toString();
    }

    static Map<String, Object> data(String json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        object.forEach((key, value) -> data.put(key, scalar(key, value)));
        return data;
    }

    private static Object scalar(String key, JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValueExact();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new IllegalStateException("notification data holds numbers and texts only, not " + value.getValueType()
                + " under " + key);
    }
}
