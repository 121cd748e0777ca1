package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * A feed read whole when it opened (formats that list cards across sets, regrouped by set for the
 * import): it holds its sets and rows, hands the rows out once, and holds nothing open.
 */
public final class ReadWholeFeed implements CatalogueFeed {

    private final String game;
    private final List<CardSet> sets;
    private final List<SourceRow> rows;
    private boolean read;

    public ReadWholeFeed(String game, List<CardSet> sets, List<SourceRow> rows) {
        this.game = game;
        this.sets = List.copyOf(sets);
        this.rows = List.copyOf(rows);
    }

    @Override
    public String gameSlug() {
        return game;
    }

    @Override
    public List<CardSet> sets() {
        return sets;
    }

    @Override
    public Stream<SourceRow> rows() {
        if (read) {
            throw new IllegalStateException("the rows of a feed can be read once");
        }
        read = true;
        return rows.stream();
    }

    @Override
    public void close() {
        // everything was read when the feed opened
    }
}
