package io.cardvault.adapter.out.persistence.search;

import io.cardvault.application.port.out.RefreshSearchIndexPort;
import io.cardvault.application.port.out.SearchCardsPort;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/** The real search index adapter over a test database, for tests outside this package. */
public final class TestSearchIndex {

    /** Both ports of one index, and the name lookups the catalogue views use. */
    public interface SearchIndex extends SearchCardsPort, RefreshSearchIndexPort, CardNameIndex {
    }

    private TestSearchIndex() {
    }

    /** Background rebuilds run in the calling thread, so a test sees their result at once. */
    public static SearchIndex over(DataSource dataSource) {
        return new Adapter(dataSource, Runnable::run);
    }

    private static final class Adapter extends LuceneCardSearch implements SearchIndex {

        Adapter(DataSource dataSource, Executor background) {
            super(dataSource, background, System::currentTimeMillis);
        }
    }
}
