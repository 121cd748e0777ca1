package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Community.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/reports} and {@code /api/blocks/{username}} on the real WAR: reports on each kind of target
 * (a message only by its parties), blocks that are idempotent both ways and stop the blocked user's bids,
 * the moderation page closed to non-administrators, and every refusal in its shape.
 */
class ReportsBlocksIT {

    @Test
    void each_kind_of_target_can_be_reported_and_the_report_is_open() {
        Member author = Community.member("rep-author");
        Member reporter = Community.member("rep-reporter");
        long post = Community.id(Community.post(author, "Buy followers", "cheap followers here"));

        JsonObject report = Community.report(reporter, "forum_post", post, "spam links");
        assertThat(report.getString("target_type")).isEqualTo("forum_post");
        assertThat(report.getJsonNumber("target_id").longValue()).isEqualTo(post);
        assertThat(report.getString("reason")).isEqualTo("spam links");
        assertThat(report.getString("category")).isEqualTo("spam");
        assertThat(report.getString("status")).isEqualTo("open");

        long userId = author.call("GET", "/auth/me", null).json().asJsonObject().getJsonNumber("id").longValue();
        Api.Reply user = reporter.call("POST", "/api/reports", "{\"target_type\":\"user\",\"target_id\":" + userId
                + ",\"reason\":\"scammer\"}");
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        assertThat(user.json().asJsonObject().getString("category")).isEqualTo("other");

        String seller = Market.seller("rep-seller");
        long listing = Market.id(Market.list(seller, "50.00", ""));
        Community.report(reporter, "listing", listing, "fake card");

        long message = Community.id(Community.send(author, reporter, "send me your password"));
        Community.report(reporter, "message", message, "phishing");
        // a message is reported by its parties only: to anyone else it does not exist
        Watchers.assertDetail(Community.member("rep-stranger").call("POST", "/api/reports",
                "{\"target_type\":\"message\",\"target_id\":" + message + ",\"reason\":\"x\"}"), 404);
    }

    @Test
    void report_bad_input_is_answered_in_the_error_shapes() {
        Member reporter = Community.member("rep-bad");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", "{\"target_type\":\"planet\",\"target_id\":1,\"reason\":\"x\"}"),
                "target_type");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", "{\"target_type\":\"user\",\"reason\":\"x\"}"), "target_id");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", "{\"target_type\":\"user\",\"target_id\":-3,\"reason\":\"x\"}"),
                "target_id");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", "{\"target_type\":\"user\",\"target_id\":1}"), "reason");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", Json.createObjectBuilder().add("target_type", "user")
                .add("target_id", 1).add("reason", "r".repeat(501)).build().toString()), "reason");
        Watchers.assertInvalid(reporter.call("POST", "/api/reports", "{\"target_type\":\"user\",\"target_id\":1,\"reason\":\"x\","
                + "\"category\":\"boring\"}"), "category");
        Watchers.assertDetail(reporter.call("POST", "/api/reports", "{\"target_type\":\"forum_post\",\"target_id\":999999999,"
                + "\"reason\":\"x\"}"), 404);
    }

    @Test
    void blocks_are_idempotent_both_ways() {
        Member alice = Community.member("blocks-alice");
        Member bob = Community.member("blocks-bob");

        JsonObject blocked = alice.call("POST", "/api/blocks/" + bob.username(), null).json().asJsonObject();
        assertThat(blocked.getBoolean("blocked")).isTrue();
        assertThat(blocked.getBoolean("changed")).isTrue();
        assertThat(alice.call("POST", "/api/blocks/" + bob.username().toUpperCase(), null).json().asJsonObject()
                .getBoolean("changed")).isFalse();
        JsonObject lifted = alice.call("DELETE", "/api/blocks/" + bob.username(), null).json().asJsonObject();
        assertThat(lifted.getBoolean("blocked")).isFalse();
        assertThat(lifted.getBoolean("changed")).isTrue();
        assertThat(alice.call("DELETE", "/api/blocks/" + bob.username(), null).json().asJsonObject().getBoolean("changed")).isFalse();

        Watchers.assertDetail(alice.call("POST", "/api/blocks/nobody-here-xyz", null), 404);
        Watchers.assertDetail(alice.call("DELETE", "/api/blocks/nobody-here-xyz", null), 404);
        Market.refused(alice.call("POST", "/api/blocks/" + alice.username(), null), 400, "self_addressed");
    }

    @Test
    void a_seller_who_blocked_a_user_gets_no_bids_from_them() {
        String sellerCookie = Market.seller("bid-block-seller");
        long listing = Market.id(Market.list(sellerCookie, "200.00", "\"accepts_offers\":true"));
        Member bidder = Community.member("bid-blocked");
        Member other = Community.member("bid-other");
        assertThat(Market.as(sellerCookie, "POST", "/api/blocks/" + bidder.username(), null).status()).isEqualTo(200);

        Market.refused(bidder.call("POST", "/api/listings/" + listing + "/bids", "{\"amount\":150.00}"), 403, "blocked");
        Api.Reply allowed = other.call("POST", "/api/listings/" + listing + "/bids", "{\"amount\":150.00}");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);

        Market.as(sellerCookie, "DELETE", "/api/blocks/" + bidder.username(), null);
        Api.Reply after = bidder.call("POST", "/api/listings/" + listing + "/bids", "{\"amount\":160.00}");
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    @Test
    void the_moderation_queue_is_for_administrators_only() {
        Member member = Community.member("mod-nonadmin");
        assertThat(member.call("GET", "/en/admin/reports", null).status()).isEqualTo(403);
        Api.Reply anonymous = Api.call("GET", "/en/admin/reports", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.raw().headers().firstValue("Location").orElse("")).endsWith("/en/signin");
        Api.Reply admin = Api.call("GET", "/en/admin/reports", null, "Cookie", Api.administratorSession());
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("open-reports");
    }

    @Test
    void anonymous_callers_are_401() {
        Watchers.assertDetail(Api.call("POST", "/api/reports", "{\"target_type\":\"user\",\"target_id\":1,\"reason\":\"x\"}"), 401);
        Watchers.assertDetail(Api.call("POST", "/api/blocks/demo-2", null), 401);
        Watchers.assertDetail(Api.call("DELETE", "/api/blocks/demo-2", null), 401);
    }
}
