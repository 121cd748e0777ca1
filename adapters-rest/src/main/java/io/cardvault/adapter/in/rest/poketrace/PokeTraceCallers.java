package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.account.RateLimitDecision;
import jakarta.servlet.http.HttpServletRequest;

/** Who a {@code /v1} call speaks for, as the admission judged it (it let no call without a valid key through). */
final class PokeTraceCallers {

    private PokeTraceCallers() {
    }

    static ApiCaller caller(HttpServletRequest request) {
        return RequestCaller.apiKey(request).orElseThrow(() -> new InvalidCredentialsException("API key required"));
    }

    static ApiPlan plan(HttpServletRequest request) {
        return ApiPlan.of(caller(request).accountTier());
    }

    /** The plan quota's state after this call, as the admission's limiter decision reported it. */
    static RateLimitDecision usage(HttpServletRequest request) {
        return AdmissionFilter.verdict(request).map(CallerAdmission.Admission::limit)
                .orElseThrow(() -> new InvalidCredentialsException("API key required"));
    }
}
