package io.cardvault.application.port.in.trust;

/**
 * Use case: what a confirmation code vouches for ({@code GET /api/verify/{code}}, the {@code /verify}
 * pages). Public: it answers anyone, tells only what the spec lists, and takes about as long for a
 * code that does not exist as for one that does.
 */
public interface VerifyCodeUseCase {

    /** {@code typed} in any case; a text that cannot be a code is an unknown code. */
    CodeVerification verify(String typed);
}
