package io.cardvault.adapter.out.persistence.platformsetting;

import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Platform settings and their audit trail through JPA on the container's transaction-scoped
 * {@code EntityManager}: a change is one upsert of the current value (two administrators saving at
 * once never collide on the key; the later commit wins) and one appended trail row, in the calling
 * use case's transaction.
 */
@ApplicationScoped
class JpaPlatformSettingStore implements PlatformSettingStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaPlatformSettingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaPlatformSettingStore() {
        this.entityManager = null;
    }

    @Override
    public Optional<PlatformSetting> find(PlatformSettingKey key) {
        return Optional.ofNullable(entityManager.find(PlatformSettingJpaEntity.class, key.code()))
                .flatMap(PlatformSettingJpaMapper::toDomain);
    }

    @Override
    public List<PlatformSetting> findAll() {
        return entityManager.createQuery("SELECT s FROM PlatformSettingJpaEntity s", PlatformSettingJpaEntity.class)
                .getResultList().stream()
                .map(PlatformSettingJpaMapper::toDomain)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void record(SettingChange change) {
        LocalDateTime at = LocalDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC);
        Long by = change.changedBy().map(account -> account.value()).orElse(null);
        entityManager.createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value, changed_at, changed_by)"
                        + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value),"
                        + " changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)")
                .setParameter(1, change.key().code())
                .setParameter(2, change.value().storedText())
                .setParameter(3, at)
                .setParameter(4, by)
                .executeUpdate();
        entityManager.persist(new PlatformSettingChangeJpaEntity(change.key().code(), change.previous().storedText(),
                change.value().storedText(), by, at));
        entityManager.flush();
        // the upsert bypassed the persistence context: a find in this transaction must read the row again
        Optional.ofNullable(entityManager.find(PlatformSettingJpaEntity.class, change.key().code())).ifPresent(entityManager::refresh);
    }

    @Override
    public List<SettingChange> history(PlatformSettingKey key, int limit) {
        return entityManager.createQuery("SELECT c FROM PlatformSettingChangeJpaEntity c WHERE c.key = :key"
                        + " ORDER BY c.changedAt DESC, c.id DESC", PlatformSettingChangeJpaEntity.class)
                .setParameter("key", key.code())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(PlatformSettingJpaMapper::toDomain)
                .flatMap(Optional::stream)
                .toList();
    }
}
