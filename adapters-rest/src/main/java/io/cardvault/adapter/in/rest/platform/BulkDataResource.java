package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.platform.BulkDownload;
import io.cardvault.application.port.in.platform.GetBulkFileUseCase;
import io.cardvault.application.port.in.platform.ListBulkFilesUseCase;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk data, after Scryfall's: {@code GET /api/bulk-data} (the manifest), {@code GET /api/bulk-data/{type}}
 * (one entry) and {@code GET /api/bulk-data/{type}/download} (the file: JSON lines, served with
 * {@code Content-Encoding: gzip} as stored, so {@code curl --compressed} or any HTTP client that
 * accepts gzip reads plain lines). Downloads carry {@code ETag} (the SHA-256 of the bytes) and
 * {@code Last-Modified}, answer {@code If-None-Match}/{@code If-Modified-Since} with 304 and a single
 * {@code Range} (with {@code If-Range}) with 206 or 416. A client that does not accept gzip gets the
 * lines decoded on the fly, without ranges.
 */
@Path(BulkDataResource.PATH)
@RequestScoped
@Tag(name = "Bulk data")
public class BulkDataResource {

    static final String PATH = "/api/bulk-data";
    /** Clients may reuse a file for an hour; after that they revalidate (a 304 while it is unchanged). */
    static final int MAX_AGE_SECONDS = 3600;

    private final ListBulkFilesUseCase list;
    private final GetBulkFileUseCase get;
    private final String siteUrl;

    @Inject
    public BulkDataResource(ListBulkFilesUseCase list, GetBulkFileUseCase get,
                            @ConfigProperty(name = "CARDVAULT_SITE_URL") String siteUrl) {
        this.list = list;
        this.get = get;
        this.siteUrl = BulkFileResponse.siteBase(siteUrl);
    }

    /** For CDI's client proxy only. */
    protected BulkDataResource() {
        this.list = null;
        this.get = null;
        this.siteUrl = null;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bulk data manifest", description = "{items:[{object, type, name, description, updated_at, size, "
            + "records, download_uri, content_type, content_encoding, sha256}], total, limit, offset}: every file written so far "
            + "(all_cards, latest_prices), rewritten daily.")
    @APIResponse(responseCode = "200", description = "The manifest",
            content = @Content(schema = @Schema(implementation = BulkManifestResponse.class)))
    public Response manifest() {
        return Response.ok(BulkManifestResponse.of(list.list().stream().map(file -> BulkFileResponse.from(file, siteUrl)).toList()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
    }

    @GET
    @Path("{type}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One bulk file's manifest entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = BulkFileResponse.class)))
    @APIResponse(responseCode = "404", description = "Not a bulk data type, or not written yet",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response entry(@PathParam("type") String type) {
        return find(type).map(download -> Response.ok(BulkFileResponse.from(download.file(), siteUrl))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build())
                .orElseGet(() -> notFound(type));
    }

    @GET
    @Path("{type}/download")
    @Produces({BulkFileResponse.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a bulk file", description = "JSON lines with Content-Encoding gzip; ETag, Last-Modified, "
            + "If-None-Match/If-Modified-Since (304), Range/If-Range (206, 416).")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "206", description = "The asked byte range of the gzip bytes")
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy")
    @APIResponse(responseCode = "404", description = "Not a bulk data type, or not written yet",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "416", description = "The range starts past the end of the file",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response download(@PathParam("type") String type,
                             @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince,
                             @HeaderParam("Range") String range,
                             @HeaderParam("If-Range") String ifRange) {
        Optional<BulkDownload> found = find(type);
        if (found.isEmpty()) {
            return notFound(type);
        }
        BulkFile file = found.get().file();
        java.nio.file.Path path = found.get().path();
        boolean gzip = acceptsGzip(acceptEncoding);
        String etag = "\"" + file.sha256() + (gzip ? "" : "-identity") + "\"";
        Instant lastModified = file.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        String lastModifiedText = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC));
        if (notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModifiedText)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).header(HttpHeaders.VARY, "Accept-Encoding")
                    .build();
        }
        Response.ResponseBuilder answer;
        if (!gzip) {
            answer = Response.ok(decoded(path)).header("Accept-Ranges", "none");
        } else {
            ByteRange.Request asked = rangeApplies(ifRange, etag, lastModifiedText) ? ByteRange.parse(range, file.sizeBytes())
                    : new ByteRange.Whole();
            if (asked instanceof ByteRange.Unsatisfiable) {
                return Response.fromResponse(ErrorResponse.of(416, "Range Not Satisfiable"))
                        .header("Content-Range", "bytes */" + file.sizeBytes()).build();
            }
            ByteRange bytes = asked instanceof ByteRange.Part part ? part.range() : new ByteRange(0, file.sizeBytes() - 1);
            answer = asked instanceof ByteRange.Part
                    ? Response.status(206).header("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + file.sizeBytes())
                    : Response.ok();
            answer.entity(slice(path, bytes)).header(HttpHeaders.CONTENT_LENGTH, bytes.length())
                    .header(HttpHeaders.CONTENT_ENCODING, BulkFileResponse.CONTENT_ENCODING).header("Accept-Ranges", "bytes");
        }
        return answer.type(BulkFileResponse.CONTENT_TYPE + "; charset=utf-8")
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModifiedText)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).header(HttpHeaders.VARY, "Accept-Encoding")
                .header("Content-Disposition", "attachment; filename=\"" + file.kind().code() + ".jsonl\"")
                .build();
    }

    private Optional<BulkDownload> find(String type) {
        return BulkDataKind.fromCode(type).flatMap(get::download);
    }

    private static Response notFound(String type) {
        return ErrorResponse.of(Response.Status.NOT_FOUND, BulkDataKind.fromCode(type).isPresent()
                ? "Bulk file not written yet" : "Bulk data type not found");
    }

    /** {@code gzip} listed with a weight above zero, or {@code *} (RFC 9110 §12.5.3). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        return Arrays.stream(header.split(",")).map(String::trim).anyMatch(coding -> {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.matches("q=0(\\.0{0,3})?")) {
                    return false;
                }
            }
            return true;
        });
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
        }
        return since(ifModifiedSince).map(since -> !lastModified.isAfter(since)).orElse(false);
    }

    /** A Range applies without If-Range, or when If-Range names this file (its entity tag or its exact date). */
    static boolean rangeApplies(String ifRange, String etag, String lastModifiedText) {
        return ifRange == null || ifRange.trim().equals(etag) || ifRange.trim().equals(lastModifiedText);
    }

    private static Optional<Instant> since(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty(); // ignored, as the RFC says
        }
    }

    /** The bytes {@code range} of the stored gzip file, copied by the kernel where it can. */
    private static StreamingOutput slice(java.nio.file.Path path, ByteRange range) {
        return (OutputStream out) -> {
            try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
                var target = Channels.newChannel(out);
                long position = range.first();
                long remaining = range.length();
                while (remaining > 0) {
                    long sent = file.transferTo(position, remaining, target);
                    if (sent <= 0) {
                        throw new IOException("bulk file ended early at byte " + position);
                    }
                    position += sent;
                    remaining -= sent;
                }
            }
        };
    }

    /** The file's lines, decompressed while they are sent. */
    private static StreamingOutput decoded(java.nio.file.Path path) {
        return (OutputStream out) -> {
            try (InputStream lines = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
                lines.transferTo(out);
            }
        };
    }
}
