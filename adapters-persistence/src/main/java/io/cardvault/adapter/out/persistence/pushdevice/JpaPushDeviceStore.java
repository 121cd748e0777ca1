package io.cardvault.adapter.out.persistence.pushdevice;

import io.cardvault.application.port.out.PushDeviceStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.platform.DeviceToken;
import io.cardvault.domain.platform.PushDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Push devices through JPA on the container's transaction-scoped {@code EntityManager}. A
 * registration is one upsert on the token's unique key, so the same phone registering on two nodes
 * at once (or moving to another account) never collides; reads and deletes are JPQL.
 */
@ApplicationScoped
class JpaPushDeviceStore implements PushDeviceStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaPushDeviceStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaPushDeviceStore() {
        this.entityManager = null;
    }

    @Override
    public void register(PushDevice device) {
        entityManager.createNativeQuery("INSERT INTO push_device (account_id, platform, token, token_hash, app_version, registered_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE account_id = VALUES(account_id),"
                        + " platform = VALUES(platform), app_version = VALUES(app_version), registered_at = VALUES(registered_at)")
                .setParameter(1, device.owner().value())
                .setParameter(2, device.platform().slug())
                .setParameter(3, device.token().value())
                .setParameter(4, PushDeviceJpaMapper.tokenHash(device.token()))
                .setParameter(5, device.appVersion().orElse(null))
                .setParameter(6, LocalDateTime.ofInstant(device.registeredAt(), ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public boolean remove(AccountId owner, DeviceToken token) {
        return entityManager.createQuery("DELETE FROM PushDeviceJpaEntity d WHERE d.tokenHash = :hash AND d.accountId = :owner")
                .setParameter("hash", PushDeviceJpaMapper.tokenHash(token))
                .setParameter("owner", owner.value())
                .executeUpdate() > 0;
    }

    @Override
    public List<PushDevice> findFor(AccountId owner) {
        return entityManager.createQuery("SELECT d FROM PushDeviceJpaEntity d WHERE d.accountId = :owner"
                        + " ORDER BY d.registeredAt, d.id", PushDeviceJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultList().stream()
                .map(PushDeviceJpaMapper::toDomain)
                .toList();
    }
}
