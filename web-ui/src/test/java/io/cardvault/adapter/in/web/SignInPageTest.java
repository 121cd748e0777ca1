package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void next_may_name_a_path_of_this_site_and_nothing_else() {
        assertThat(SignInPage.isLocalPath("/scan-pwa")).isTrue();
        assertThat(SignInPage.isLocalPath("/scan-pwa/review?session=01HW6Q8ZZZZZZZZZZZZZZZZZZZ")).isTrue();
        assertThat(SignInPage.isLocalPath("/en/scan")).isTrue();

        assertThat(SignInPage.isLocalPath("//evil.example/")).isFalse();
        assertThat(SignInPage.isLocalPath("/\\evil.example/")).isFalse();
        assertThat(SignInPage.isLocalPath("https://evil.example/")).isFalse();
        assertThat(SignInPage.isLocalPath("/scan\r\nSet-Cookie: x=1")).isFalse();
        assertThat(SignInPage.isLocalPath("")).isFalse();
        assertThat(SignInPage.isLocalPath(null)).isFalse();
    }
}
