package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.AuthenticateApiKeyUseCase;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.ResolveSessionUseCase;
import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.in.realtime.OpenStreamCommand;
import io.cardvault.application.port.in.realtime.OpenStreamUseCase;
import io.cardvault.application.port.in.realtime.StreamAdmission;
import io.cardvault.application.port.in.realtime.StreamAdmission.Reason;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ConnectionSlotsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.realtime.Listener;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Decides who a connection speaks for and whether it may stay: a key first (it must be valid; the
 * PokeTrace-compatible stream needs its account on the Scale plan), else a session cookie (general
 * channel only), else anonymous (general channel only). Then the
 * connection counts as one request against the quota (session users are not limited, as on the
 * REST side) and takes a cluster-wide slot of its holder.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // reads only
public class OpenStreamService implements OpenStreamUseCase {

    private final AuthenticateApiKeyUseCase keys;
    private final CheckRateLimitUseCase rateLimits;
    private final ResolveSessionUseCase sessions;
    private final AccountStorePort accounts;
    private final ConnectionSlotsPort slots;
    private final RealtimePolicy policy;

    @Inject
    public OpenStreamService(AuthenticateApiKeyUseCase keys, CheckRateLimitUseCase rateLimits, ResolveSessionUseCase sessions,
                             AccountStorePort accounts, ConnectionSlotsPort slots, RealtimePolicy policy) {
        this.keys = keys;
        this.rateLimits = rateLimits;
        this.sessions = sessions;
        this.accounts = accounts;
        this.slots = slots;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected OpenStreamService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public StreamAdmission open(OpenStreamCommand command) {
        if (command.apiKey().isPresent()) {
            return openWithKey(command);
        }
        if (command.endpoint() != StreamEndpoint.GENERAL_CHANNEL) {
            return new StreamAdmission.Refused(Reason.KEY_REQUIRED, "api_key required");
        }
        Optional<Account> signedIn = command.sessionToken().flatMap(sessions::resolve).flatMap(accounts::findById);
        if (signedIn.isPresent()) {
            AccountId id = signedIn.get().requireId();
            return admit(Listener.account(id, signedIn.get().tier(), true), "account:" + id.value(), null);
        }
        return admit(Listener.anonymous(), "ip:" + command.clientAddress(),
                rateLimits.checkAnonymous(command.clientAddress()));
    }

    private StreamAdmission openWithKey(OpenStreamCommand command) {
        ApiCaller caller;
        try {
            caller = keys.authenticate(command.apiKey().orElseThrow());
        } catch (InvalidCredentialsException e) {
            return new StreamAdmission.Refused(Reason.INVALID_KEY, e.getMessage());
        }
        // what the key may do is its own tier, never more than the account's
        Optional<Tier> tier = accounts.findById(caller.account()).map(account -> caller.keyTier());
        if (tier.isEmpty()) {
            return new StreamAdmission.Refused(Reason.INVALID_KEY, "Invalid or revoked API key");
        }
        if (command.endpoint() == StreamEndpoint.PLAN_STREAM && !ApiPlan.of(caller.accountTier()).streams()) {
            return new StreamAdmission.Refused(Reason.TIER_TOO_LOW, "Scale plan required: WebSocket streaming requires a Scale plan.");
        }
        if (command.endpoint() == StreamEndpoint.DEVELOPER_STREAM && !tier.get().covers(Tier.PRO)) {
            return new StreamAdmission.Refused(Reason.TIER_TOO_LOW,
                    "tier too low: streaming needs Pro or higher (yours: " + tier.get().slug() + ")");
        }
        return admit(Listener.account(caller.account(), tier.get(), command.keyAtConnect()),
                "key:" + caller.key().value(), rateLimits.check(caller));
    }

    private StreamAdmission admit(Listener listener, String holder, RateLimitDecision quota) {
        if (quota != null && !quota.allowed()) {
            return new StreamAdmission.Refused(Reason.QUOTA_EXCEEDED,
                    "Rate limit exceeded. Retry after " + quota.retryAfterSeconds() + " seconds.");
        }
        if (!slots.tryAcquire(holder, policy.maxConnectionsPerHolder())) {
            return new StreamAdmission.Refused(Reason.TOO_MANY_CONNECTIONS,
                    "too many connections (max " + policy.maxConnectionsPerHolder() + " at once)");
        }
        return new StreamAdmission.Admitted(listener, new ConnectionSlot(holder));
    }
}
