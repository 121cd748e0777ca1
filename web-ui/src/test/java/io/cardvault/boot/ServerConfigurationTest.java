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
 * properties: every setting the application reads must resolve there on its own.
 */
class ServerConfigurationTest {

    /** Read as {@code Optional<String>}: empty means "not set" there, on purpose (a dev-only secret is generated). */
    private static final java.util.Set<String> OPTIONAL_SETTINGS = java.util.Set.of(
            "CARDVAULT_SESSION_SECRET", "CARDVAULT_SESSION_OLD_SECRETS",
            // accounts: no configured administrators and no extra CORS origins unless an operator adds them
            "CARDVAULT_ADMIN_USERNAMES", "CARDVAULT_CORS_EXTRA_ORIGINS");

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
    void every_setting_the_code_reads_is_passed_to_the_application() {
        List<String> passed = appProperties.stream().map(property -> property[0]).toList();
        assertThat(passed).contains("CARDVAULT_DB_URL", "CARDVAULT_DB_EMBEDDED", "CARDVAULT_DB_EMBEDDED_PORT",
                "CARDVAULT_DB_EMBEDDED_DIR", "CARDVAULT_CLUSTER_NAME", "CARDVAULT_CLUSTER_PORT", "CARDVAULT_CLUSTER_MEMBERS",
                "CARDVAULT_CATALOGUE_DIR", "CARDVAULT_CATALOGUE_SOURCES", "CARDVAULT_CATALOGUE_IMPORT");
    }
}
