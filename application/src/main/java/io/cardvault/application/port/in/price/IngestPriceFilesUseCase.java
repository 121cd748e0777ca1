package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Use case: ingest a run of price files (a backfill: hundreds of them) against one reading of the
 * catalogue, each file fetched and joined outside any transaction and written in one of its own.
 */
public interface IngestPriceFilesUseCase {

    /**
     * A run of files joined to {@code catalogue} (the priced variants, read once by the caller); the caller
     * closes it once its last file is written.
     */
    PriceFileRun startRun(List<PricedVariant> catalogue);

    /**
     * One run of files sharing a catalogue join. Closing it says no file of it comes any more: once every open
     * run is closed, the store lets go of the series it kept in memory for them (a backfill's million series,
     * issue 21) instead of holding them through an idle spell.
     */
    interface PriceFileRun extends AutoCloseable {

        /**
         * Fetches and parses the file, skips it if its bytes were ingested before, joins it to the
         * catalogue. Touches no point, so it may run for the next files while one is written.
         */
        PreparedPriceFile prepare(IngestPricesCommand command);

        /**
         * Writes a prepared file in its one transaction, or reports why nothing was to be written.
         * {@code settleLater}: a backfill's past day, whose latest prices are settled once at the
         * run's end instead of moved by each of hundreds of days. {@code completesBackfillDay}: the file is the last of a
         * first-start backfill's day whose other files were stored; the day is recorded as backfilled
         * with it (in its transaction), or, when its bytes were stored by an earlier run, on its own.
         */
        IngestReport write(PreparedPriceFile file, boolean settleLater, Optional<LocalDate> completesBackfillDay);

        /** The run's last file is written; closing it again changes nothing. */
        @Override
        void close();
    }

    /** A file fetched and joined, ready to be written by the run that prepared it. */
    interface PreparedPriceFile {

        IngestPricesCommand command();

        /** The upstream could not be reached (not a malformed file, not a store failure): asking again later may work. */
        boolean upstreamUnavailable();
    }
}
