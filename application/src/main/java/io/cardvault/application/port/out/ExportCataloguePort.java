package io.cardvault.application.port.out;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import java.util.function.Consumer;

/**
 * Outgoing port: the whole catalogue and every latest price, streamed record by record for the
 * bulk files. An adapter never holds more than a card's rows at a time, whatever the catalogue's size.
 */
public interface ExportCataloguePort {

    /** Hands every card of every game, in id order, to {@code sink}; answers how many. */
    long exportCards(Consumer<BulkCard> sink);

    /** Hands the newest non-outlier price of every series, by card then series, to {@code sink}; answers how many. */
    long exportLatestPrices(Consumer<BulkPrice> sink);
}
