package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.profile.ProfileNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The profile error family: an unknown user (or a missing avatar) is 404; uploads keep the image family's 413/415/422. */
public final class ProfileErrorMappers {

    private ProfileErrorMappers() {
    }

    /** 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<ProfileNotFoundException> {
        @Override
        public Response toResponse(ProfileNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }
}
