package io.cardvault.adapter.out.sources.pricecharting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PriceCharting's price-guide download ({@code /price-guide/download-custom?t=<token>&category=…}).
 * {@code date} is the sandbox market's (PriceCharting serves today's guide only).
 */
// public: RestClientBuilder cannot proxy a package-private interface across Liberty's class loaders
@Produces(MediaType.WILDCARD) // files come as whatever the host labels them (JSON, CSV, zip)
@RegisterRestClient(configKey = "pricecharting")
public interface PriceChartingApi {

    @GET
    @Path("price-guide/download-custom")
    Response priceGuide(@QueryParam("t") String token, @QueryParam("category") String category,
                        @QueryParam("date") String date);
}
