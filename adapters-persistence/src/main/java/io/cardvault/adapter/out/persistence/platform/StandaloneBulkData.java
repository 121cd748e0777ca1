package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.ExportCataloguePort;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The bulk data adapters outside a container, for the bulk data benchmark (bench/bulk-data), which
 * runs the real export and file store over a data source of its own. The adapters stay
 * package-private; this is their one public door.
 */
public final class StandaloneBulkData {

    private StandaloneBulkData() {
    }

    public static ExportCataloguePort export(DataSource dataSource) {
        return new JdbcCatalogueExport(dataSource);
    }

    public static BulkFileStorePort files(Path folder) {
        return new GzipBulkFileStore(folder);
    }
}
