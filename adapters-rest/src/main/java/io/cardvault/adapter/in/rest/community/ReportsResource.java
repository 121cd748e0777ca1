package io.cardvault.adapter.in.rest.community;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.community.FileReportCommand;
import io.cardvault.application.port.in.community.FileReportUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/reports}: a member reports a forum post, listing, message or user to the moderators. */
@Path("/api/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports and blocks")
public class ReportsResource {

    private final FileReportUseCase reports;

    @Inject
    public ReportsResource(FileReportUseCase reports) {
        this.reports = reports;
    }

    /** For CDI's client proxy only. */
    protected ReportsResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report something", description = "target_type forum_post, listing, message or user; target_id; "
            + "reason up to 500 characters; category spam, fraud, abuse, illegal or other (default other). A message can be "
            + "reported by its sender or recipient only; an unknown target is 404.")
    @APIResponse(responseCode = "201", description = "The report, open",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such target",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "A field at fault",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response file(@Schema(implementation = FileReportSchema.class) String body, @Context HttpServletRequest request) {
        AccountId reporter = RequestCaller.requireAccount(request);
        JsonObject fields = CommunityBodies.object(body);
        ReportTarget target = ReportTarget.parse(CommunityBodies.requiredText(fields, "target_type"));
        long targetId = CommunityBodies.id(fields, "target_id")
                .orElseThrow(() -> new InvalidCommunityDataException("target_id", "target_id is required"));
        ReportCategory category = CommunityBodies.text(fields, "category").map(ReportCategory::parse).orElse(ReportCategory.OTHER);
        return Response.status(Response.Status.CREATED).entity(ReportResponse.from(reports.file(new FileReportCommand(reporter,
                target, targetId, CommunityBodies.requiredText(fields, "reason"), category)))).build();
    }

    /** The documented body of {@code POST /api/reports}. */
    public record FileReportSchema(String targetType, long targetId, String reason, String category) {
    }
}
