package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class AppVersionIT {

    @Test
    void manifest_lists_both_platforms_with_the_configured_release() {
        Api.Reply reply = Api.get("/api/app/version");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject manifest = reply.json().asJsonObject();
        assertThat(manifest.keySet()).containsExactlyInAnyOrder("android", "ios");
        JsonObject android = manifest.getJsonObject("android");
        assertThat(android.getString("version_name")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(android.getInt("version_code")).isPositive();
        assertThat(android.keySet()).contains("min_supported", "release_notes");
    }

    @Test
    void platform_filter_answers_one_platform() {
        Api.Reply reply = Api.get("/api/app/version?platform=ios");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().asJsonObject().keySet()).containsExactly("ios");
    }
}
