package io.cardvault.adapter.out.persistence;

import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;

/**
 * The same contract with name filters and the resolver's first matches answered by the search
 * index, as in the server (the parent runs it with every name filter scanning).
 */
class JdbcCatalogueViewsOnIndexContractTest extends JdbcCatalogueViewsContractTest {

    /** One index for the class, as on a node: it rebuilds when a test stores a set, as it would after an import. */
    private static JdbcCatalogueViews indexed;

    @Override
    protected LoadCatalogueViewsPort views() {
        if (indexed == null) {
            indexed = new JdbcCatalogueViews(dataSource, TestSearchIndex.over(dataSource));
        }
        return indexed;
    }
}
