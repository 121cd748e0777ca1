package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.collection.CardmarketStockReader;
import io.cardvault.adapter.in.rest.collection.UnusableCollectionFileException;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.application.port.in.marketplace.CardmarketImportReport;
import io.cardvault.application.port.in.marketplace.ImportCardmarketStockCommand;
import io.cardvault.application.port.in.marketplace.ImportCardmarketStockUseCase;
import io.cardvault.application.port.in.marketplace.LinkCardmarketAccountUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /seller/cardmarket/link} (JSON {@code {"username"}}) and {@code POST /seller/cardmarket/import}
 * (multipart field {@code file}: the CSV Cardmarket emits in "My account → Stock → Export"). Session
 * or API key; a caller who is not a set-up seller is 403 {@code seller_setup_required}. The import
 * reads the file as the collection import does (at most 2 MB and 10,000 rows; 413, 415 and 422 as
 * there) and answers the per-row report: drafts made, unmatched and invalid lines with line and reason.
 */
@Path("/seller/cardmarket")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
@APIResponse(responseCode = "401", description = "Neither a session nor an API key",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class CardmarketResource {

    static final String FILE_FIELD = "file";

    private final LinkCardmarketAccountUseCase link;
    private final ImportCardmarketStockUseCase importStock;
    private final CardmarketStockReader reader = new CardmarketStockReader();

    @Inject
    public CardmarketResource(LinkCardmarketAccountUseCase link, ImportCardmarketStockUseCase importStock) {
        this.link = link;
        this.importStock = importStock;
    }

    /** For CDI's client proxy only. */
    protected CardmarketResource() {
        this(null, null);
    }

    /** {@code {"ok": true, "username": "...", "linked_at": "..."}}. */
    public record LinkResponse(boolean ok, String username, Instant linkedAt) {

        static LinkResponse from(CardmarketLink link) {
            return new LinkResponse(true, link.username(), link.linkedAt());
        }
    }

    /** The per-row report; lines count from 1 with the header as line 1. */
    public record ImportResponse(List<DraftRow> imported, List<LineRow> unmatched, List<LineRow> invalid, int importedCount,
                                 int unmatchedCount, int invalidCount) {

        static ImportResponse from(CardmarketImportReport report) {
            return new ImportResponse(report.imported().stream().map(DraftRow::from).toList(),
                    report.unmatched().stream().map(LineRow::from).toList(), report.invalid().stream().map(LineRow::from).toList(),
                    report.imported().size(), report.unmatched().size(), report.invalid().size());
        }
    }

    /** A line that became a draft listing. */
    public record DraftRow(int line, long listingId, long cardId, String cardName, String setName, int quantity,
                           BigDecimal price, String currency, String status) {

        static DraftRow from(CardmarketImportReport.Draft draft) {
            return new DraftRow(draft.line(), draft.listing().value(), draft.card().value(), draft.cardName(), draft.setName(),
                    draft.quantity(), draft.price().amount(), draft.price().currency().getCurrencyCode(), "draft");
        }
    }

    public record LineRow(int line, String reason) {

        static LineRow from(RejectedLine line) {
            return new LineRow(line.line(), line.reason());
        }
    }

    @POST
    @Path("/link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a Cardmarket account", description = "Body {\"username\"}: your Cardmarket username. "
            + "Linking again replaces it. Nothing is fetched from Cardmarket.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = LinkResponse.class)))
    @APIResponse(responseCode = "422", description = "No username, or not a Cardmarket username")
    public Response link(JsonObject body, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        JsonValue username = body == null ? null : body.get("username");
        if (username == null || username.getValueType() == JsonValue.ValueType.NULL) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "username"), "field required",
                    "value_error.missing")));
        }
        if (!(username instanceof JsonString text)) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "username"), "str type expected",
                    "type_error.str")));
        }
        return Response.ok(LinkResponse.from(link.link(seller, text.getString()))).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a Cardmarket stock export", description = "Multipart field file: the semicolon CSV of "
            + "Cardmarket's stock export (idArticle; idProduct; English Name; …; Price; …; Amount). Each article whose card "
            + "the catalogue knows (by idProduct first) becomes a draft listing at its price, condition and copies; publish "
            + "drafts with POST /seller/listings/{id}/publish. At most 2 MB and 10,000 rows; one transaction.")
    @APIResponse(responseCode = "200", description = "imported, unmatched and invalid lines with counts",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "413", description = "Over 2 MB")
    @APIResponse(responseCode = "422", description = "No file, not CSV, not a Cardmarket stock export, no rows")
    public Response importStock(List<EntityPart> parts, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        Optional<EntityPart> file = UploadParts.named(parts, FILE_FIELD);
        if (file.isEmpty()) {
            return UploadParts.missing(FILE_FIELD);
        }
        MediaType type = file.get().getMediaType();
        if (type != null && !(type.getType().equalsIgnoreCase("text") || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                || type.getSubtype().toLowerCase(Locale.ROOT).contains("csv") || type.getSubtype().equalsIgnoreCase("vnd.ms-excel"))) {
            return ErrorResponse.of(415, "The file is " + type.getType() + "/" + type.getSubtype()
                    + ", not a CSV file; export your Cardmarket stock as CSV");
        }
        CardmarketStockReader.Stock stock;
        try {
            stock = reader.read(file.get().getContent());
        } catch (UnusableCollectionFileException unusable) {
            if (unusable.problem() == UnusableCollectionFileException.Problem.TOO_LARGE) {
                return ErrorResponse.of(413, unusable.getMessage());
            }
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", FILE_FIELD), unusable.getMessage(),
                    "value_error.cardmarket_file." + unusable.problem().name().toLowerCase(Locale.ROOT))));
        }
        return Response.ok(ImportResponse.from(importStock.importStock(
                new ImportCardmarketStockCommand(seller, stock.lines(), stock.unreadable())))).build();
    }
}
