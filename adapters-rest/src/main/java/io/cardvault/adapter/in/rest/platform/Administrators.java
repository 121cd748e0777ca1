package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Whether an open route's caller is an administrator, for the routes that show administrators more (never a gate). */
final class Administrators {

    private Administrators() {
    }

    /** The caller's key or session is an administrator's (the key wins, as in the access gate); anonymous is not. */
    static boolean isAdministrator(HttpServletRequest request, CheckAccessUseCase access) {
        if (request == null) {
            return false;
        }
        try {
            Optional<ApiCaller> key = RequestCaller.apiKey(request);
            if (key.isPresent()) {
                access.requireForKey(key.get(), AccessRequirement.ADMIN);
                return true;
            }
            Optional<AccountId> session = RequestCaller.session(request);
            if (session.isPresent()) {
                access.requireForSession(session.get(), AccessRequirement.ADMIN);
                return true;
            }
            return false;
        } catch (AccessDeniedException | InvalidCredentialsException refused) {
            return false;
        }
    }
}
