package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.CardSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * One pass over a catalogue source: the game it describes, its sets (few, read at once) and its
 * card rows, streamed so a source of any size is never held whole. Rows of one set are expected
 * to come together; a set whose rows recur later is simply written again.
 */
public interface CatalogueFeed extends AutoCloseable {

    /** The slug of the game every set and card of this source belongs to. */
    String gameSlug();

    List<CardSet> sets();

    /** May be consumed once. */
    Stream<SourceRow> rows();

    @Override
    void close();
}
