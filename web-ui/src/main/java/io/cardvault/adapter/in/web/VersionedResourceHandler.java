package io.cardvault.adapter.in.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stylesheets and scripts pages link: under the page's own language prefix, with a version in the URL, and
 * cached by browsers for a year.
 *
 * <p>MyFaces writes a resource's URL with the first prefix the Faces servlet is mapped to, so English pages
 * linked {@code /nl/jakarta.faces.resource/…}; the URL is rewritten to the prefix of the page being rendered. The
 * site's own files ({@value #SITE_LIBRARY}) get {@code v=} a digest of their bytes (PrimeFaces' already carry its
 * release), so a changed file has a new URL and an answer to a URL carrying the version it names may be kept
 * {@value #IMMUTABLE}. A URL without a version, or with a stale one, keeps MyFaces' shorter caching.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    static final String SITE_LIBRARY = "cardvault";
    static final String VERSION_PARAMETER = "v";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private final Map<String, String> digests = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (!(external.getResponse() instanceof HttpServletResponse response) || !namesCurrentVersion(external)) {
            super.handleResourceRequest(context);
            return;
        }
        external.setResponse(new ImmutableCaching(response));
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
    }

    /** Whether the request names the version the resource has now (any version of another library's files). */
    private boolean namesCurrentVersion(ExternalContext external) {
        Map<String, String> parameters = external.getRequestParameterMap();
        String version = parameters.get(VERSION_PARAMETER);
        if (version == null || version.isEmpty()) {
            return false;
        }
        if (!SITE_LIBRARY.equals(parameters.get("ln"))) {
            return true;
        }
        String name = external.getRequestPathInfo();
        if (name == null || !name.startsWith(RESOURCES)) {
            return false;
        }
        Resource resource = getWrapped().createResource(name.substring(RESOURCES.length()), SITE_LIBRARY);
        return resource != null && version.equals(digestOf(resource));
    }

    private Resource versioned(Resource resource) {
        return resource == null ? null : new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                FacesContext context = FacesContext.getCurrentInstance();
                String path = inPageLanguage(super.getRequestPath(), context.getExternalContext());
                if (SITE_LIBRARY.equals(getLibraryName()) && !path.contains(VERSION_PARAMETER + "=")) {
                    path += (path.contains("?") ? "&" : "?") + VERSION_PARAMETER + "=" + digestOf(getWrapped());
                }
                return path;
            }
        };
    }

    /** The resource's URL under the language prefix of the page being rendered, when it is a language's page. */
    static String inPageLanguage(String path, ExternalContext external) {
        String context = external.getRequestContextPath();
        Optional<String> page = WebRoutes.languageOf(external.getRequestServletPath());
        if (page.isEmpty() || !path.startsWith(context + "/")) {
            return path;
        }
        String rest = path.substring(context.length());
        return WebRoutes.languageOf(rest)
                .filter(linked -> rest.startsWith("/" + linked + RESOURCES))
                .map(linked -> context + "/" + page.get() + rest.substring(1 + linked.length()))
                .orElse(path);
    }

    /** The first 12 hex digits of the SHA-256 of the resource's bytes, read once per resource. */
    private String digestOf(Resource resource) {
        return digests.computeIfAbsent(resource.getLibraryName() + "/" + resource.getResourceName(), key -> digest(resource));
    }

    static String digest(Resource resource) {
        try (InputStream bytes = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(bytes.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** MyFaces sets its own Cache-Control on the resources it serves; for a versioned URL this one replaces it. */
    private static final class ImmutableCaching extends HttpServletResponseWrapper {

        ImmutableCaching(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", IMMUTABLE);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }
    }
}
