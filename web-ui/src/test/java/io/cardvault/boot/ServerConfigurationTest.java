package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The root server.xml is what operators run, without the Maven plugin's extra bootstrap
 * properties: every setting the application reads must resolve there on its own. The demo's
 * settings (the run command's server) are defaults an operator's environment variable overrides.
 * Liberty's order, lowest first, measured on 26.0.0.3 with a variable bound to a port: a
 * {@code defaultValue} in {@code configDropins/defaults} (server.xml's own default replaces it),
 * server.xml's {@code defaultValue}, a {@code defaultValue} in {@code configDropins/overrides}, the
 * environment, {@code bootstrap.properties}, a {@code value} anywhere.
 */
class ServerConfigurationTest {

    /** Read as {@code Optional<String>}: empty means "not set" there, on purpose (a dev-only secret is generated). */
    private static final java.util.Set<String> OPTIONAL_SETTINGS = java.util.Set.of(
            "CARDVAULT_SESSION_SECRET", "CARDVAULT_SESSION_OLD_SECRETS",
            // accounts: no configured administrators and no extra CORS origins unless an operator adds them
            "CARDVAULT_ADMIN_USERNAMES", "CARDVAULT_CORS_EXTRA_ORIGINS",
            // the /v1 cursor secret: like the session secret, generated per process when unset
            "CARDVAULT_V1_CURSOR_SECRET");

    private static Map<String, String> variableDefaults;
    private static List<String[]> appProperties;

    @BeforeAll
    static void readServerXml() throws Exception {
        Document server = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("..", "server.xml").toFile());
        variableDefaults = new HashMap<>();
        NodeList variables = server.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            variableDefaults.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
        }
        Element properties = (Element) server.getElementsByTagName("appProperties").item(0);
        NodeList entries = properties.getElementsByTagName("property");
        appProperties = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            appProperties.add(new String[] {entry.getAttribute("name"), entry.getAttribute("value")});
        }
    }

    @Test
    void liberty_s_own_endpoints_are_only_on_the_operations_listener_which_drops_their_cors_headers() throws Exception {
        Document server = parse(Path.of("..", "server.xml"));
        Map<String, Element> endpoints = new HashMap<>();
        NodeList listeners = server.getElementsByTagName("httpEndpoint");
        for (int i = 0; i < listeners.getLength(); i++) {
            Element listener = (Element) listeners.item(i);
            endpoints.put(listener.getAttribute("id"), listener);
        }
        Map<String, String> hosts = new HashMap<>();
        NodeList virtualHosts = server.getElementsByTagName("virtualHost");
        for (int i = 0; i < virtualHosts.getLength(); i++) {
            Element host = (Element) virtualHosts.item(i);
            hosts.put(host.getAttribute("id"), host.getAttribute("allowFromEndpointRef"));
        }
        Element application = (Element) server.getElementsByTagName("webApplication").item(0);
        Element binding = (Element) application.getElementsByTagName("virtual-host").item(0);

        // /metrics, /openapi and /openapi/ui are Liberty's, on the default host
        assertThat(hosts).containsEntry("default_host", "opsHttpEndpoint");
        assertThat(hosts.get(binding.getAttribute("name"))).isEqualTo("defaultHttpEndpoint");
        assertThat(endpoints.get("opsHttpEndpoint").getAttribute("host")).isEqualTo("${CARDVAULT_OPS_HOST}");
        assertThat(variableDefaults).containsEntry("CARDVAULT_OPS_HOST", "127.0.0.1");
        Element headers = (Element) endpoints.get("opsHttpEndpoint").getElementsByTagName("headers").item(0);
        assertThat(headers.getAttribute("remove").split(","))
                .contains("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials");
        assertThat(endpoints.get("defaultHttpEndpoint").getElementsByTagName("headers").getLength())
                .as("the public listener keeps the application's own CORS answers").isZero();
    }

    @Test
    void every_application_setting_passes_its_own_variable() {
        assertThat(appProperties).isNotEmpty().allSatisfy(property ->
                assertThat(property[1]).isEqualTo("${" + property[0] + "}"));
    }

    @Test
    void every_application_setting_has_a_non_empty_default_because_config_treats_empty_as_missing() {
        assertThat(appProperties).filteredOn(property -> !OPTIONAL_SETTINGS.contains(property[0])).allSatisfy(property ->
                assertThat(variableDefaults.get(property[0])).as(property[0]).isNotBlank());
    }

    @Test
    void the_demo_settings_are_defaults_read_after_server_xml_so_an_environment_variable_overrides_them() throws Exception {
        Path dropin = Path.of("src", "main", "liberty", "config", "configDropins", "overrides", "demo-defaults.xml");
        NodeList variables = parse(dropin).getElementsByTagName("variable");

        assertThat(variables.getLength()).isGreaterThan(0);
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            String name = variable.getAttribute("name");
            // a value="…" would beat the environment, as a bootstrap property does
            assertThat(variable.hasAttribute("value")).as(name + " is a default, not a value").isFalse();
            assertThat(variable.getAttribute("defaultValue")).as(name).isNotBlank();
            assertThat(variableDefaults).as(name + " is a setting of server.xml").containsKey(name);
        }
    }

    @Test
    void the_run_commands_server_sets_no_setting_as_a_bootstrap_property_and_the_it_server_pins_its_own() throws Exception {
        Element plugin = libertyPlugin(parse(Path.of("pom.xml")));
        Element configuration = child(plugin, "configuration");

        assertThat(childNames(child(configuration, "bootstrapProperties")))
                .as("the demo server's bootstrap.properties would beat an operator's environment")
                .noneMatch(name -> name.startsWith("CARDVAULT_"));
        Element itServer = null;
        NodeList executions = plugin.getOwnerDocument().getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element id = child(execution, "id");
            if (id != null && "it-server-start".equals(id.getTextContent())) {
                itServer = child(child(execution, "configuration"), "bootstrapProperties");
            }
        }
        assertThat(itServer).isNotNull();
        // the integration tests need these whatever the environment of the build says
        assertThat(childNames(itServer)).contains("CARDVAULT_HTTP_PORT", "CARDVAULT_DB_EMBEDDED_PORT",
                "CARDVAULT_CATALOGUE_DIR", "CARDVAULT_SANDBOX_MARKET", "CARDVAULT_PRICES_INGEST", "CARDVAULT_PRICES_BACKFILL");
    }

    @Test
    void every_setting_the_code_reads_is_passed_to_the_application() {
        List<String> passed = appProperties.stream().map(property -> property[0]).toList();
        assertThat(passed).contains("CARDVAULT_DB_URL", "CARDVAULT_DB_EMBEDDED", "CARDVAULT_DB_EMBEDDED_PORT",
                "CARDVAULT_DB_EMBEDDED_DIR", "CARDVAULT_CLUSTER_NAME", "CARDVAULT_CLUSTER_PORT", "CARDVAULT_CLUSTER_MEMBERS",
                "CARDVAULT_CATALOGUE_DIR", "CARDVAULT_CATALOGUE_SOURCES", "CARDVAULT_CATALOGUE_IMPORT");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Element libertyPlugin(Document pom) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            Element artifact = child(plugin, "artifactId");
            // the build's declaration (with the server's configuration), not the profile's executions-only one
            if (artifact != null && "liberty-maven-plugin".equals(artifact.getTextContent()) && child(plugin, "configuration") != null) {
                return plugin;
            }
        }
        throw new AssertionError("web-ui/pom.xml configures no liberty-maven-plugin");
    }

    private static Element child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                names.add(element.getTagName());
            }
        }
        return names;
    }
}
