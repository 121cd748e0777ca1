package io.cardvault.adapter.out.markdown;

import io.cardvault.application.port.out.RenderMarkdownPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML in two independent steps. commonmark renders with raw HTML escaped and link
 * targets sanitised; the OWASP policy then keeps only formatting elements, links over http(s) or
 * mailto (marked {@code nofollow noopener noreferrer}) and images whose address starts with one of the
 * configured sources ({@code CARDVAULT_FORUM_IMAGE_SOURCES}, by default the site's own listing photos,
 * so a post cannot make readers' browsers fetch from a tracker). Either step alone would stop a
 * script; both keep a mistake in one from becoming a hole.
 */
@ApplicationScoped
class SanitizingMarkdownRenderer implements RenderMarkdownPort {

    private static final String[] FORMATTING = {"p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote",
            "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"};

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy;

    @Inject
    SanitizingMarkdownRenderer(@ConfigProperty(name = "CARDVAULT_FORUM_IMAGE_SOURCES", defaultValue = "/static/listing_images/")
                               String imageSources) {
        this(Arrays.stream(imageSources.split(",")).map(String::strip).filter(source -> !source.isEmpty()
                && !"none".equals(source)).toList());
    }

    SanitizingMarkdownRenderer(List<String> imageSources) {
        List<String> sources = imageSources.stream().map(source -> source.toLowerCase(Locale.ROOT)).toList();
        this.policy = new HtmlPolicyBuilder()
                .allowElements(FORMATTING)
                .allowElements("a").allowAttributes("href", "title").onElements("a")
                .allowUrlProtocols("http", "https", "mailto")
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                // an image whose address the rule below refused is dropped whole, not left as an empty box
                .allowElements((element, attributes) -> attributes.contains("src") ? element : null, "img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("src").matching((element, attribute, value) -> allowedImage(value, sources) ? value : null)
                .onElements("img")
                .allowAttributes("class").matching((element, attribute, value) -> value.matches("language-[A-Za-z0-9_+-]{1,32}")
                        ? value : null).onElements("code")
                .toFactory();
    }

    /** For CDI's client proxy only. */
    protected SanitizingMarkdownRenderer() {
        this.policy = null;
    }

    @Override
    public String toSafeHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * An image address that starts with an allowed source. A site-relative source ({@code /static/…}) never
     * matches a protocol-relative address ({@code //evil/…}), and no path may climb out with {@code ..}.
     */
    static boolean allowedImage(String src, List<String> sources) {
        String address = src.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("//") || address.contains("..") || address.contains("\\")) {
            return false;
        }
        return sources.stream().anyMatch(address::startsWith);
    }
}
