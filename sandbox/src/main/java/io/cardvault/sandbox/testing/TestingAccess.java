package io.cardvault.sandbox.testing;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;

/** Who may use the testing routes: nobody unless switched on, then loopback clients only. */
record TestingAccess(boolean enabled) {

    boolean allows(String clientAddress) {
        if (!enabled || clientAddress == null) {
            return false;
        }
        try {
            // an address literal is parsed, never looked up
            return InetAddress.getByName(clientAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * The moment a job-running route judges by: the body's {@code as_of}, an ISO-8601 instant; the
     * route's 422 answer when it is missing or not one.
     */
    static AsOf asOf(Map<String, String> body) {
        try {
            return new AsOf(Instant.parse(body == null || body.get("as_of") == null ? "" : body.get("as_of")), null);
        } catch (DateTimeException e) {
            return new AsOf(null, ErrorResponse.of(422, "as_of is an ISO-8601 instant such as 2027-02-01T00:00:00Z"));
        }
    }

    /** An {@code as_of} read: the instant, or the refusal to answer with. */
    record AsOf(Instant instant, Response refusal) {
    }
}
