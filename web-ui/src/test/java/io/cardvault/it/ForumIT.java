package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Community.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * {@code /forum/posts} on the real WAR: anyone reads, members write Markdown that comes back rendered and
 * sanitised (raw HTML as text, no script, no javascript: link, no foreign image), paging in the list shape,
 * and every refusal in its shape.
 */
class ForumIT {

    @Test
    void a_post_is_rendered_once_and_read_by_anyone() {
        Member author = Community.member("forum-author");
        JsonObject post = Community.post(author, "Grading tips", "**Centering** matters.\n\n- corners\n- edges\n\n"
                + "[PSA](https://www.psacard.com/)");
        assertThat(post.getString("title")).isEqualTo("Grading tips");
        assertThat(post.getString("author_username")).isEqualTo(author.username());
        assertThat(post.getString("body")).startsWith("**Centering**");
        assertThat(post.getString("body_html")).contains("<strong>Centering</strong>", "<li>corners</li>",
                "href=\"https://www.psacard.com/\"", "nofollow");

        Api.Reply read = Api.call("GET", "/forum/posts/" + Community.id(post), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().asJsonObject().getString("body_html")).isEqualTo(post.getString("body_html"));

        JsonObject list = Api.call("GET", "/forum/posts?limit=200", null).json().asJsonObject();
        assertThat(list.getInt("limit")).isEqualTo(200);
        assertThat(list.getInt("offset")).isZero();
        assertThat(list.getJsonNumber("total").longValue()).isPositive();
        assertThat(list.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(Community::id)).contains(Community.id(post));
    }

    @Test
    void the_list_pages_newest_first() {
        Member author = Community.member("forum-pager");
        JsonObject older = Community.post(author, "older", "a");
        JsonObject newer = Community.post(author, "newer", "b");

        JsonObject first = Api.call("GET", "/forum/posts?limit=1", null).json().asJsonObject();
        assertThat(Community.id(first.getJsonArray("items").getJsonObject(0))).isGreaterThanOrEqualTo(Community.id(newer));
        long total = first.getJsonNumber("total").longValue();
        JsonObject past = Api.call("GET", "/forum/posts?limit=1&offset=" + total, null).json().asJsonObject();
        assertThat(past.getJsonArray("items")).isEmpty();
        assertThat(Community.id(newer)).isGreaterThan(Community.id(older));
    }

    @Test
    void script_handlers_and_foreign_sources_never_reach_the_html() {
        Member author = Community.member("forum-xss");
        String corpus = String.join("\n\n", "<script>window.xssRan=true</script>", "<img src=x onerror=\"window.xssRan=true\">",
                "[click](javascript:window.xssRan=true)", "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<svg onload=\"window.xssRan=true\"></svg>", "<iframe src=\"https://evil.example/\"></iframe>",
                "![pixel](https://tracker.example/p.gif)", "<a href=\"javascript:alert(1)\">x</a>");
        String html = Community.post(author, "Innocent", corpus).getString("body_html");

        assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "href=\"javascript", "href=\"data:");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void bad_input_is_answered_in_the_error_shapes() {
        Member author = Community.member("forum-bad");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", "{\"body\":\"text\"}"), "title");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", "{\"title\":\"t\"}"), "body");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", "{\"title\":\"   \",\"body\":\"text\"}"), "title");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", Json.createObjectBuilder().add("title", "t".repeat(201))
                .add("body", "b").build().toString()), "title");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", Json.createObjectBuilder().add("title", "t")
                .add("body", "b".repeat(20_001)).build().toString()), "body");
        Watchers.assertInvalid(author.call("POST", "/forum/posts", "{\"title\":5,\"body\":\"b\"}"), "title");
        Watchers.assertInvalid(Api.call("GET", "/forum/posts?limit=0", null), "limit");
        Watchers.assertInvalid(Api.call("GET", "/forum/posts?limit=201", null), "limit");
        Watchers.assertInvalid(Api.call("GET", "/forum/posts?offset=-1", null), "offset");
        Watchers.assertDetail(Api.call("GET", "/forum/posts/999999999", null), 404);
        Watchers.assertDetail(Api.call("GET", "/forum/posts/0", null), 404);
        // at the limits exactly, accepted
        assertThat(Community.post(author, "t".repeat(200), "b".repeat(20_000)).getString("title")).hasSize(200);
    }

    @Test
    void anonymous_callers_read_but_cannot_write() {
        assertThat(Api.call("GET", "/forum/posts", null).status()).isEqualTo(200);
        Watchers.assertDetail(Api.call("POST", "/forum/posts", "{\"title\":\"t\",\"body\":\"b\"}"), 401);
    }
}
