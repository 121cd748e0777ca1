package io.cardvault.adapter.in.rest.scan;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

/**
 * The phone's claim token as a request presents it: the {@code X-Scan-Token} header, else
 * {@code ?token=} (the spec's two ways). Read by JAX-RS as a bean parameter of the scan routes.
 */
public class PresentedToken {

    static final String HEADER = "X-Scan-Token";

    @HeaderParam(HEADER)
    private String header;

    @QueryParam("token")
    private String query;

    /** The token, when one was presented. */
    Optional<String> value() {
        return Optional.ofNullable(header).or(() -> Optional.ofNullable(query)).map(String::strip).filter(token -> !token.isEmpty());
    }

    /** The phone's access; none presented is a 401 like a wrong one. */
    ScanAccess.Token require() {
        return value().map(ScanAccess.Token::new).orElseThrow(() ->
                new ScanSessionRefusedException(ScanSessionRefusedException.Reason.WRONG_TOKEN, "Scan token required"));
    }

    /** The phone by its token when one is presented, else the signed-in owner (401 for neither). */
    ScanAccess orOwner(HttpServletRequest request) {
        return value().<ScanAccess>map(ScanAccess.Token::new).orElseGet(() -> ScanAccess.owner(RequestCaller.requireAccount(request)));
    }

    @Override
    public String toString() {
        return "PresentedToken[…]";
    }
}
