package io.cardvault.adapter.out.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sanitiser policy: formatting survives, every way of running script or fetching from elsewhere does not. */
class SanitizingMarkdownRendererTest {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z0-9]+)([^>]*)>");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote",
            "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img");

    private final SanitizingMarkdownRenderer renderer = new SanitizingMarkdownRenderer(List.of("/static/listing_images/"));

    @Test
    void markdown_formatting_isKept() {
        String html = renderer.toSafeHtml("# Grading\n\n**Bold** and *italic*, `code`\n\n- one\n- two\n\n> quoted\n\n"
                + "[PSA](https://www.psacard.com/) ![front](/static/listing_images/2026/05/abc.webp)");

        assertThat(html).contains("<h1>Grading</h1>", "<strong>Bold</strong>", "<em>italic</em>", "<code>code</code>",
                "<li>one</li>", "<blockquote>", "src=\"/static/listing_images/2026/05/abc.webp\"");
        assertThat(html).contains("href=\"https://www.psacard.com/\"").containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>window.xssRan=true</script>",
            "<img src=x onerror=\"window.xssRan=true\">",
            "[click](javascript:window.xssRan=true)",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](<javascript:alert(1)>)",
            "[x]: javascript:alert(1)\n\n[link][x]",
            "<details open ontoggle=alert(1)>",
            "``<script>alert(1)</script>``",
            "<<script>script>alert(1)<</script>/script>",
            "[a](&#106;avascript:alert(1))",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    })
    void xss_corpus_rendersInert(String attack) {
        String html = renderer.toSafeHtml(attack);

        // text may still read "onerror" or "javascript:", escaped and inert; what matters is what the tags are
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(ALLOWED_TAGS).as(tag.group()).contains(tag.group(1).toLowerCase(Locale.ROOT));
            String attributes = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(attributes).as(tag.group()).doesNotContainPattern("\\bon[a-z]+\\s*=")
                    .doesNotContain("javascript:", "data:", "style=");
        }
        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "<style", "<math", "<details");
    }

    @Test
    void images_fromOtherSources_areDropped() {
        String html = renderer.toSafeHtml("![t](https://tracker.example/pixel.gif) ![p](//evil.example/static/listing_images/a.png)"
                + " ![q](/static/listing_images/../../secret.png)");

        assertThat(html).doesNotContain("<img");
    }

    @Test
    void imageSources_none_dropsEveryImage() {
        SanitizingMarkdownRenderer noImages = new SanitizingMarkdownRenderer("none");

        assertThat(noImages.toSafeHtml("![p](/static/listing_images/a.png)")).doesNotContain("<img");
    }
}
