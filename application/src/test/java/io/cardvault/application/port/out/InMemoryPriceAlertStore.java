package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The price alert store in memory; synchronized where the real store relies on its unique key and row update. */
public class InMemoryPriceAlertStore implements PriceAlertStorePort {

    private final Map<Long, PriceAlert> alerts = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized PriceAlert add(PriceAlert alert) {
        if (alerts.values().stream().anyMatch(alert::duplicates)) {
            throw new DuplicatePriceAlertException();
        }
        PriceAlertId id = new PriceAlertId(ids.incrementAndGet());
        PriceAlert stored = PriceAlert.reconstitute(id, alert.owner(), alert.card(), alert.target(), alert.direction(),
                alert.triggeredAt(), alert.createdAt());
        alerts.put(id.value(), stored);
        return stored;
    }

    @Override
    public Optional<PriceAlert> findById(PriceAlertId id) {
        return Optional.ofNullable(alerts.get(id.value()));
    }

    @Override
    public List<PriceAlert> findByOwner(AccountId owner) {
        return alerts.values().stream().filter(alert -> alert.isOwnedBy(owner))
                .sorted(Comparator.comparing(PriceAlert::createdAt)
                        .thenComparing(alert -> alert.id().orElseThrow().value()).reversed()).toList();
    }

    @Override
    public List<PriceAlert> findActiveFor(Collection<CardId> cards) {
        return alerts.values().stream().filter(alert -> alert.isActive() && cards.contains(alert.card())).toList();
    }

    @Override
    public synchronized boolean markTriggered(PriceAlertId id, Instant at) {
        PriceAlert alert = alerts.get(id.value());
        if (alert == null || !alert.isActive()) {
            return false;
        }
        alerts.put(id.value(), PriceAlert.reconstitute(id, alert.owner(), alert.card(), alert.target(), alert.direction(),
                Optional.of(at), alert.createdAt()));
        return true;
    }

    @Override
    public void delete(PriceAlertId id) {
        alerts.remove(id.value());
    }
}
