package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.platform.CheckHealthUseCase;
import io.cardvault.application.port.in.platform.HealthReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Health for load balancers ({@code /health}, {@code /health/db} in the spec's shape) and for
 * orchestrators (readiness and liveness in the MicroProfile Health shape). Liberty's mpHealth
 * feature would claim the whole {@code /health} context root, so the probes are served here.
 * Readiness tells anyone each component's status; its details (database product and version,
 * cluster address and members) only an administrator's session or key.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health & stats")
public class HealthResource {

    private final CheckHealthUseCase checkHealth;
    private final CheckAccessUseCase access;

    @Inject
    public HealthResource(CheckHealthUseCase checkHealth, CheckAccessUseCase access) {
        this.checkHealth = checkHealth;
        this.access = access;
    }

    /** For CDI's client proxy only. */
    protected HealthResource() {
        this.checkHealth = null;
        this.access = null;
    }

    @GET
    @Operation(summary = "The API answers", description = "Always {\"status\":\"ok\"} while the node serves requests.")
    public StatusResponse health() {
        return new StatusResponse("ok");
    }

    @GET
    @Path("db")
    @Operation(summary = "The database answers")
    @APIResponse(responseCode = "200", description = "{\"status\":\"ok\",\"db\":true}",
            content = @Content(schema = @Schema(implementation = DatabaseStatusResponse.class)))
    @APIResponse(responseCode = "503", description = "{\"status\":\"degraded\",\"db\":false}",
            content = @Content(schema = @Schema(implementation = DatabaseStatusResponse.class)))
    public Response database() {
        boolean up = checkHealth.check().databaseUp();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new DatabaseStatusResponse(up ? "ok" : "degraded", up))
                .build();
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness probe (MicroProfile Health shape)",
            description = "UP when every component this node depends on (database, cluster) works. Each check's data "
                    + "(versions, addresses) is shown to administrators only.")
    @APIResponse(responseCode = "200", description = "Every component is UP",
            content = @Content(schema = @Schema(implementation = ProbeResponse.class)))
    @APIResponse(responseCode = "503", description = "At least one component is DOWN; the checks say which",
            content = @Content(schema = @Schema(implementation = ProbeResponse.class)))
    public Response ready(@Context HttpServletRequest request) {
        HealthReport report = checkHealth.check();
        ProbeResponse probe = ProbeResponse.from(report, Administrators.isAdministrator(request, access));
        return Response.status(report.allUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(probe).build();
    }

    @GET
    @Path("live")
    @Operation(summary = "Liveness probe (MicroProfile Health shape)",
            description = "DOWN only when the JVM has deadlocked threads: restarting is then the cure.")
    @APIResponse(responseCode = "200", description = "The JVM is alive",
            content = @Content(schema = @Schema(implementation = ProbeResponse.class)))
    @APIResponse(responseCode = "503", description = "Deadlocked threads: restart the node",
            content = @Content(schema = @Schema(implementation = ProbeResponse.class)))
    public Response live() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        boolean up = deadlocked == null;
        ProbeResponse probe = new ProbeResponse(up ? ProbeResponse.UP : ProbeResponse.DOWN, List.of(new ProbeResponse.Check(
                "threads", up ? ProbeResponse.UP : ProbeResponse.DOWN,
                Map.of("deadlocked", Integer.toString(up ? 0 : deadlocked.length)))));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(probe).build();
    }
}
