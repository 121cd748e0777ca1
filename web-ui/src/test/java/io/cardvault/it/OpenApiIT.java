package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document lists every route the application serves. The routes are read from the
 * application itself: every resource class of the REST adapter and of the sandbox module on the
 * class path (the WAR holds the same classes), its {@code @Path} joined with each resource method's and that method's HTTP
 * method, so a route added without its documentation fails here.
 */
class OpenApiIT {

    /** The JSON API's resources, and the sandbox market's and testing routes' (the sandbox module). */
    private static final String[] RESOURCES = {"io.cardvault.adapter.in.rest", "io.cardvault.sandbox"};
    /**
     * Left out of the document on purpose: the test-only routes (off unless CARDVAULT_TESTING_ROUTES, loopback
     * only, never in production), so API clients are never offered them.
     */
    private static final String UNDOCUMENTED_PREFIX = "/api/testing";

    /** A path item's operation keys (it may hold shared "parameters" and a "summary" too). */
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static JsonObject paths;

    @BeforeAll
    static void document() {
        Api.Reply reply = Api.ops("/openapi?format=JSON");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject document = reply.json().asJsonObject();
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("CardVault API");
        paths = document.getJsonObject("paths");
    }

    @Test
    void every_served_route_and_method_is_in_the_document() {
        List<String> served = servedRoutes();
        // the scan found the application's resources, not an empty class path
        assertThat(served).hasSizeGreaterThan(80)
                .contains("GET /health", "GET /api/v2/cards/{}", "POST /auth/login", "GET /sandbox/{}cardmarket/priceGuide/price_guide_{}.json");

        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(OPERATIONS::contains)
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path))));
        assertThat(served).filteredOn(route -> !route.substring(route.indexOf(' ') + 1).startsWith(UNDOCUMENTED_PREFIX))
                .allSatisfy(route -> assertThat(documented).as("documented routes").contains(route));
    }

    @Test
    void the_test_only_routes_stay_out_of_the_document() {
        assertThat(paths.keySet()).noneMatch(path -> path.startsWith(UNDOCUMENTED_PREFIX));
        assertThat(servedRoutes()).anyMatch(route -> route.contains(" " + UNDOCUMENTED_PREFIX));
    }

    @Test
    void openapi_ui_is_served() {
        assertThat(Api.ops("/openapi/ui/").status()).isEqualTo(200);
    }

    /** "GET /api/v2/cards/{}" for every resource method: templates without their names and regular expressions. */
    private static List<String> servedRoutes() {
        List<String> routes = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().importPackages(RESOURCES)) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String root = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                routes.add(verb + " " + normalise(root + "/" + (sub == null ? "" : sub.value())));
            }
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** One slash between segments, none at the end, every {name: regex} template as {}. */
    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                int depth = 1;
                while (depth > 0 && ++i < path.length()) {
                    depth += path.charAt(i) == '{' ? 1 : path.charAt(i) == '}' ? -1 : 0;
                }
                out.append("{}");
            } else if (c != '/' || out.isEmpty() || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        if (out.isEmpty() || out.charAt(0) != '/') {
            out.insert(0, '/');
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
