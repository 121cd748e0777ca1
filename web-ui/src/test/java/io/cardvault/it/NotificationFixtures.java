package io.cardvault.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Feed entries written straight into the IT database, as the events that cause them will (an alert
 * firing, a wish under its price): no route writes a notification, so a feed with rows to page, count
 * and mark is reached this way, as {@link PriceFixtures} reaches stored prices.
 */
final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /** The signed-in account's id, as {@code /auth/me} tells it. */
    static long accountId(String cookie) {
        return Api.call("GET", "/auth/me", null, "Cookie", cookie).json().asJsonObject().getJsonNumber("id").longValue();
    }

    /**
     * Writes {@code count} unread notifications of {@code kind} for the account, one second apart
     * from {@code first} on, the n-th titled {@code "<titlePrefix> n"} (1-based), about {@code cardId}.
     */
    static void write(long accountId, String kind, String titlePrefix, int count, long cardId, Instant first) {
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getProperty("cardvault.it.dbPort", "3317") + "/cardvault?user=root&sslMode=disable");
             PreparedStatement insert = db.prepareStatement("INSERT INTO notification (account_id, kind, title, body, data, url, "
                     + "is_read, created_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            for (int n = 1; n <= count; n++) {
                insert.setLong(1, accountId);
                insert.setString(2, kind);
                insert.setString(3, titlePrefix + " " + n);
                insert.setString(4, "Now €712.50 (target: €750)");
                insert.setString(5, "{\"card_id\": " + cardId + ", \"alert_id\": " + n + "}");
                insert.setString(6, "/cards/" + cardId);
                insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(first.plusSeconds(n), ZoneOffset.UTC)));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the notification fixture", e);
        }
    }
}
