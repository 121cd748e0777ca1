package io.cardvault.adapter.out.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container-managed {@code EntityManager} of the {@code cardvault} unit injectable, so
 * the adapter takes it through its constructor. It is transaction-scoped: it joins the calling use
 * case's JTA transaction, and outside one each call reads afresh.
 */
@ApplicationScoped
class AccountPersistenceUnit {

    @Produces
    @PersistenceContext(unitName = "cardvault")
    private EntityManager entityManager;
}
