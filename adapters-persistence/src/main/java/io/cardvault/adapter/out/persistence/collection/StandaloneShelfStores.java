package io.cardvault.adapter.out.persistence.collection;

import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.port.out.WishlistStorePort;
import jakarta.persistence.EntityManager;

/**
 * The shelf's JPA stores that price watches use, on an application-managed {@code EntityManager}, for
 * code that runs outside a container (the alert-check benchmark), which begins and commits the
 * transactions itself. The adapters stay package-private; this is their one public door.
 */
public final class StandaloneShelfStores {

    private StandaloneShelfStores() {
    }

    /** The alert, wishlist and notification stores on one {@code EntityManager}. */
    public record Ports(PriceAlertStorePort alerts, WishlistStorePort wishes, NotificationStorePort notifications) {
    }

    public static Ports on(EntityManager entityManager) {
        return new Ports(new JpaPriceAlertStore(entityManager), new JpaWishlistStore(entityManager),
                new JpaNotificationStore(entityManager));
    }
}
