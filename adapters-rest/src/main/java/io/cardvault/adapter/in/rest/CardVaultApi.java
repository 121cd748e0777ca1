package io.cardvault.adapter.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The API is rooted at {@code /} because the contract puts routes there ({@code /health},
 * {@code /tcgs}, {@code /{tcg_slug}/sets}); the web UI's pages live under the longer
 * language prefixes ({@code /en/*}, {@code /nl/*}), which the servlet container matches first.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(
        title = "CardVault API",
        version = "2",
        description = "Trading-card prices (raw and graded, EU and US, with history), catalogue, "
                + "market intelligence, collections and marketplace. Errors are {\"detail\": …}; "
                + "validation errors are 422 with a per-field list.",
        license = @License(name = "Proprietary")))
public class CardVaultApi extends Application {
}
