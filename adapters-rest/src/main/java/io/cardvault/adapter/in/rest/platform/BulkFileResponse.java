package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.BulkFile;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the bulk data manifest, after Scryfall's: what the file holds, when it was written,
 * its size in bytes as downloaded (gzip), its records (lines), where to download it and how it is
 * encoded. {@code sha256} is the digest of the downloaded bytes (also their entity tag).
 */
public record BulkFileResponse(String object, String type, String name, String description, String updatedAt, long size,
                               long records, String downloadUri, String contentType, String contentEncoding, String sha256) {

    static final String CONTENT_TYPE = "application/x-ndjson";
    static final String CONTENT_ENCODING = "gzip";

    static BulkFileResponse from(BulkFile file, String siteUrl) {
        return new BulkFileResponse("bulk_data", file.kind().code(), file.kind().title(), file.kind().description(),
                DateTimeFormatter.ISO_INSTANT.format(file.updatedAt()), file.sizeBytes(), file.records(),
                siteUrl + BulkDataResource.PATH + "/" + file.kind().code() + "/download", CONTENT_TYPE, CONTENT_ENCODING,
                file.sha256());
    }

    /** The configured site address without a trailing slash, to put the download path after. */
    static String siteBase(String siteUrl) {
        return siteUrl == null ? "" : siteUrl.replaceAll("/+$", "");
    }
}
