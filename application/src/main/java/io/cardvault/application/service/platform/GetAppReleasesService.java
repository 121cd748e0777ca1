package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.GetAppReleasesUseCase;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Answers from the configured release policy. */
@UseCase
public class GetAppReleasesService implements GetAppReleasesUseCase {

    private final AppReleasePolicy policy;

    @Inject
    public GetAppReleasesService(AppReleasePolicy policy) {
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected GetAppReleasesService() {
        this.policy = null;
    }

    @Override
    public Map<AppPlatform, AppRelease> releases(Optional<AppPlatform> platform) {
        Map<AppPlatform, AppRelease> answer = new EnumMap<>(AppPlatform.class);
        policy.releases().forEach((p, release) -> {
            if (platform.isEmpty() || platform.get() == p) {
                answer.put(p, release);
            }
        });
        return answer;
    }
}
