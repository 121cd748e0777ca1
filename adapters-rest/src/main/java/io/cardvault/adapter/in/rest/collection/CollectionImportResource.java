package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.collection.ImportCollectionCommand;
import io.cardvault.application.port.in.collection.ImportCollectionUseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /collection/import}: a collection export (multipart field {@code file}) into the
 * caller's collection. Session cookie or API key (anonymous 401); the admission counts it against
 * the caller's rate limits as every user route. The upload is refused before it is read when its
 * declared length is over the cap ({@link CappedUploadFilter}, 413), refused while read past the cap (413), refused when its
 * declared type is not text (415), and refused whole when it has no usable header, too many rows,
 * or is not CSV at all (422 with the reason, nothing imported). A readable file is imported in one
 * transaction: the answer lists imported, merged and rejected lines, a rejected line never stopping
 * the others.
 */
@Path("/collection/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection")
@APIResponse(responseCode = "401", description = "Neither a session nor an API key",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class CollectionImportResource {

    static final String FILE_FIELD = "file";

    /**
     * Types browsers and apps declare for a CSV export: the CSV types, plain and tab-separated text,
     * Excel's CSV type on Windows, and the octet stream of a file whose type the browser does not
     * know. The bytes decide after that ({@link CollectionFileReader} refuses binary content).
     */
    private static final Set<String> TEXT_TYPES = Set.of("text/csv", "text/plain", "text/tab-separated-values",
            "text/comma-separated-values", "text/x-csv", "application/csv", "application/x-csv",
            "application/vnd.ms-excel", "application/octet-stream");

    private final ImportCollectionUseCase importCollection;
    private final CollectionFileReader reader;

    @Inject
    public CollectionImportResource(ImportCollectionUseCase importCollection) {
        this(importCollection, CollectionImportLimits.defaults());
    }

    CollectionImportResource(ImportCollectionUseCase importCollection, CollectionImportLimits limits) {
        this.importCollection = importCollection;
        this.reader = new CollectionFileReader(limits);
    }

    /** For CDI's client proxy only. */
    protected CollectionImportResource() {
        this.importCollection = null;
        this.reader = null;
    }

    @POST
    @CappedUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a collection file", description = "Multipart field file: a CSV export — CardVault's own "
            + "(card_id, quantity, condition, price_paid), the TCGplayer app's, Collectr's, Cardmarket's stock file, or any "
            + "file with name, set, number, quantity and condition columns; the header row names the format. At most "
            + "2 MB and 10,000 rows. Rows match catalogue cards by card id, marketplace product id, set and collector "
            + "number, or name within a set; a holding already owned (same card, variant, condition, grade) or "
            + "repeated in the file is merged. One transaction; rejected rows are listed with their line and reason "
            + "and do not stop the others.")
    @APIResponse(responseCode = "200", description = "Imported, merged and rejected lines with counts",
            content = @Content(schema = @Schema(implementation = CollectionImportResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is over 2 MB",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "415", description = "The file's declared type is not text",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "No file, or a file with no usable header, no rows, too many rows, "
            + "or not CSV: nothing imported", content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response importFile(List<EntityPart> parts, @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        Optional<EntityPart> file = UploadParts.named(parts, FILE_FIELD);
        if (file.isEmpty()) {
            return UploadParts.missing(FILE_FIELD);
        }
        MediaType type = file.get().getMediaType();
        if (type != null && !TEXT_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT))) {
            return ErrorResponse.of(415, "The file is " + type.getType() + "/" + type.getSubtype()
                    + ", not a CSV file; export your collection as CSV");
        }
        CollectionFile read;
        try {
            read = reader.read(file.get().getContent());
        } catch (UnusableCollectionFileException unusable) {
            if (unusable.problem() == UnusableCollectionFileException.Problem.TOO_LARGE) {
                return tooLarge();
            }
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", FILE_FIELD), unusable.getMessage(),
                    "value_error.collection_file." + unusable.problem().name().toLowerCase(Locale.ROOT))));
        }
        return Response.ok(CollectionImportResponse.from(read.format(),
                importCollection.importRows(new ImportCollectionCommand(owner, read.rows(), read.rejected())))).build();
    }

    private Response tooLarge() {
        return ErrorResponse.of(413, CappedUploadFilter.tooLarge(reader.limits()));
    }
}
