package io.cardvault.adapter.out.sources.ecb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The folder that publishes the eurofxref documents (the ECB's is https://www.ecb.europa.eu/stats/eurofxref/). */
@RegisterRestClient(configKey = "ecb")
@Path("/")
interface EcbRatesClient {

    @GET
    @Path("{document}")
    @Produces({"application/xml", "text/xml"})
    String document(@PathParam("document") String document);
}
