package io.cardvault.adapter.out.persistence.trust;

import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.port.out.trust.ConfirmationCodeTakenException;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.ConfirmationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Confirmation codes through JPA; the unique key on the code decides a race between two draws. */
@ApplicationScoped
class JpaTrustCodeStore implements TrustCodeStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaTrustCodeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaTrustCodeStore() {
        this.entityManager = null;
    }

    @Override
    public boolean isTaken(ConfirmationCode code) {
        return listingOf(code).isPresent();
    }

    @Override
    public void assign(ListingId listing, ConfirmationCode code) {
        if (entityManager.find(TrustCodeJpaEntity.class, listing.value()) != null) {
            return;
        }
        if (isTaken(code)) {
            throw new ConfirmationCodeTakenException(code.value(), null);
        }
        try {
            entityManager.persist(new TrustCodeJpaEntity(listing.value(), code.value(), LocalDateTime.now(ZoneOffset.UTC)));
            entityManager.flush();
        } catch (PersistenceException raced) {
            throw new ConfirmationCodeTakenException(code.value(), raced);
        }
    }

    @Override
    public Optional<ConfirmationCode> codeOf(ListingId listing) {
        return Optional.ofNullable(entityManager.find(TrustCodeJpaEntity.class, listing.value()))
                .map(row -> new ConfirmationCode(row.code()));
    }

    @Override
    public Optional<ListingId> listingOf(ConfirmationCode code) {
        return entityManager.createQuery("SELECT t FROM TrustCodeJpaEntity t WHERE t.code = :code", TrustCodeJpaEntity.class)
                .setParameter("code", code.value()).getResultStream().findFirst()
                .map(row -> new ListingId(row.listingId()));
    }
}
