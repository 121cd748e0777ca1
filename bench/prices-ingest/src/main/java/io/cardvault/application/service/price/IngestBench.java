package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.StorePricesPort;
import io.cardvault.domain.price.HeadlinePricesChanged;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/** The real ingest service wired by hand (no container): fetch port given, the JDBC store, a counting event sink. */
public final class IngestBench {

    private final IngestPricesService service;
    private final CountingEvents events = new CountingEvents();
    private final QuoteMapping mapping;

    public IngestBench(FetchPriceFilePort source, LoadPricedVariantsPort variants, StorePricesPort store) {
        this.service = new IngestPricesService(List.of(source), variants, store, new PriceFileRecorder(store, events),
                new PriceIngestPolicy(true));
        this.mapping = new QuoteMapping(variants.pricedVariants());
    }

    public IngestReport ingest(IngestPricesCommand command) {
        return service.ingest(command, mapping);
    }

    public long cardsAnnounced() {
        return events.cards.get();
    }

    private static final class CountingEvents implements Event<HeadlinePricesChanged> {
        final AtomicLong cards = new AtomicLong();

        @Override
        public void fire(HeadlinePricesChanged event) {
            cards.addAndGet(event.changes().size());
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<HeadlinePricesChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
