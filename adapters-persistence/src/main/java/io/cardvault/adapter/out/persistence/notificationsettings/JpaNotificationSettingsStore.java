package io.cardvault.adapter.out.persistence.notificationsettings;

import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Notification settings through JPA on the container's transaction-scoped {@code EntityManager}:
 * reads join the calling use case's transaction; a choice is one upsert statement per kind, so two
 * requests choosing for the same account at once never collide on the primary key.
 */
@ApplicationScoped
class JpaNotificationSettingsStore implements NotificationSettingsStorePort {

    /** Accounts read per statement by {@link #findFor}: a bounded IN list. */
    private static final int READ_CHUNK = 500;

    private final EntityManager entityManager;

    @Inject
    JpaNotificationSettingsStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaNotificationSettingsStore() {
        this.entityManager = null;
    }

    @Override
    public NotificationSettings find(AccountId owner) {
        return NotificationSettingsJpaMapper.toDomain(entityManager
                .createQuery("SELECT s FROM NotificationSettingJpaEntity s WHERE s.accountId = :owner",
                        NotificationSettingJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultList());
    }

    @Override
    public Map<AccountId, NotificationSettings> findFor(Collection<AccountId> owners) {
        List<Long> ids = owners.stream().map(AccountId::value).distinct().toList();
        Map<Long, List<NotificationSettingJpaEntity>> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            entityManager.createQuery("SELECT s FROM NotificationSettingJpaEntity s WHERE s.accountId IN :owners",
                            NotificationSettingJpaEntity.class)
                    .setParameter("owners", ids.subList(from, Math.min(ids.size(), from + READ_CHUNK)))
                    .getResultList()
                    .forEach(row -> rows.computeIfAbsent(row.accountId(), id -> new ArrayList<>()).add(row));
        }
        Map<AccountId, NotificationSettings> settings = new LinkedHashMap<>();
        for (AccountId owner : owners) {
            settings.put(owner, NotificationSettingsJpaMapper.toDomain(rows.getOrDefault(owner.value(), List.of())));
        }
        return settings;
    }

    @Override
    public void choose(AccountId owner, Map<NotificationKind, Boolean> choices) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        choices.forEach((kind, mail) -> entityManager
                .createNativeQuery("INSERT INTO notification_setting (account_id, kind, mail, chosen_at) VALUES (?1, ?2, ?3, ?4)"
                        + " ON DUPLICATE KEY UPDATE mail = VALUES(mail), chosen_at = VALUES(chosen_at)")
                .setParameter(1, owner.value())
                .setParameter(2, kind.code())
                .setParameter(3, Objects.requireNonNull(mail, "mail"))
                .setParameter(4, now)
                .executeUpdate());
    }
}
