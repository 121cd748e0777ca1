package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant AT = Instant.parse("2026-12-02T06:00:00Z");

    private static Notification withData(Map<String, Object> data, Optional<String> url) {
        return Notification.unread(new AccountId(1), NotificationKind.ALERT_TRIGGERED, "Charizard hit your target",
                "Now €712.50 (target: €750)", data, url, AT);
    }

    @Test
    void givenIdsAndTexts_unread_keepsThemInOrderAndUnmodifiable() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("card_id", 891L);
        data.put("alert_id", 7L);
        data.put("source", "cardmarket");
        Notification notification = withData(data, Optional.of("/en/cards/891"));
        assertThat(notification.read()).isFalse();
        assertThat(notification.data().keySet()).containsExactly("card_id", "alert_id", "source");
        assertThatThrownBy(() -> notification.data().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(notification.stored(new NotificationId(1234)).id()).contains(new NotificationId(1234));
    }

    @Test
    void givenOtherDataTypesOrAnOffSiteLink_unread_isRefused() {
        assertThatThrownBy(() -> withData(Map.of("price", 712.5), Optional.empty())).isInstanceOf(InvalidCollectionDataException.class);
        assertThatThrownBy(() -> withData(Map.of(), Optional.of("https://evil.example/"))).isInstanceOf(InvalidCollectionDataException.class);
        assertThatThrownBy(() -> withData(Map.of(), Optional.of("//evil.example/"))).isInstanceOf(InvalidCollectionDataException.class);
    }

    @Test
    void kinds_areFoundByTheirSpecCode() {
        assertThat(NotificationKind.find("alert_triggered")).contains(NotificationKind.ALERT_TRIGGERED);
        assertThat(NotificationKind.find("nope")).isEmpty();
    }
}
