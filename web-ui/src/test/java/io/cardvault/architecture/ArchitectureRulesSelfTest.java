package io.cardvault.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchRule;
import io.cardvault.architecture.fixture.adapter.out.sources.OwnParser;
import io.cardvault.architecture.fixture.adapter.out.sources.StrayParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the rules bite: each runs against {@code fixture}, a package tree with one deliberate
 * violation per rule (a domain class importing {@code jakarta.persistence}, a resource calling a
 * service through field injection, a generic exception, {@code System.out}, a page helper reading
 * the session cookie and asking the limiter itself, a page holding an {@code EntityManager}, a JPA
 * adapter opening a JDBC connection beside its entity, a sandbox class in a production module, a
 * package whose classes come from two modules).
 */
class ArchitectureRulesSelfTest {

    private static final String FIXTURE = "io.cardvault.architecture.fixture";
    private static final HexagonRules RULES = HexagonRules.forRoot(FIXTURE);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void a_domain_class_importing_jakarta_persistence_fails_the_domain_rule() {
        assertViolated(RULES.domainDependsOnlyOnJava(), "jakarta.persistence.Entity");
    }

    @Test
    void a_resource_calling_a_service_fails_the_use_case_rule() {
        assertViolated(RULES.adaptersDoNotUseServices(), "RenameCardService");
    }

    @Test
    void field_injection_fails_the_injection_rule() {
        assertViolated(RULES.noFieldInjection(), "CardResource.service");
    }

    @Test
    void a_generic_exception_fails_the_exception_rule() {
        assertViolated(RULES.noGenericExceptions(), "RuntimeException");
    }

    @Test
    void printing_to_stdout_fails_the_streams_rule() {
        assertViolated(RULES.noStandardStreams(), "System.out");
    }

    @Test
    void a_public_entity_outside_persistence_fails_the_entity_rule() {
        assertViolated(RULES.jpaEntitiesStayInPersistence(), "PersistentCard");
    }

    @Test
    void an_entity_or_entity_manager_outside_persistence_fails_the_jakarta_persistence_rule() {
        assertViolated(RULES.jakartaPersistenceOnlyInPersistenceAdapter(), "PersistentCard");
        assertViolated(RULES.jakartaPersistenceOnlyInPersistenceAdapter(), "CardQueryPage");
    }

    @Test
    void a_jdbc_connection_beside_an_entity_fails_the_no_jdbc_in_jpa_adapters_rule() {
        assertViolated(RULES.noJdbcInJpaAdapters(), "CardJpaStore");
    }

    @Test
    void a_page_helper_reading_the_session_cookie_and_the_limiter_fails_the_one_admission_rule() {
        assertViolated(RULES.oneAdmissionEntry(), "SecondFrontDoor.admit");
        assertViolated(RULES.oneAdmissionEntry(), "CheckRateLimitUseCase");
    }

    @Test
    void a_sandbox_class_in_a_production_module_fails_the_no_sandbox_rule() {
        assertViolated(RULES.noSandboxOrTestingClassInProduction(), "SandboxPriceFeed");
    }

    @Test
    void a_package_whose_classes_come_from_two_modules_fails_the_split_package_rule(@TempDir Path dir) throws IOException {
        String strayEntry = StrayParser.class.getName().replace('.', '/') + ".class";
        Path strayJar = dir.resolve("stray-module-0.1.0.jar");
        try (OutputStream file = Files.newOutputStream(strayJar); JarOutputStream jar = new JarOutputStream(file);
             InputStream stray = StrayParser.class.getResourceAsStream("/" + strayEntry)) {
            jar.putNextEntry(new JarEntry(strayEntry));
            stray.transferTo(jar);
        }
        try (JarFile stray = new JarFile(strayJar.toFile())) {
            Set<Location> locations = new HashSet<>(Locations.ofPackage(OwnParser.class.getPackageName()));
            locations.add(Location.of(stray));
            // the stray class from its jar only, its package's other class from this module's build output
            JavaClasses split = new ClassFileImporter()
                    .withImportOption(location -> location.isJar() || !location.contains(strayEntry))
                    .importLocations(locations);

            assertThat(split.get(StrayParser.class).getSource().orElseThrow().getUri().toString()).contains(".jar!/");
            assertThat(HexagonRules.moduleOf(split.get(StrayParser.class))).isEqualTo("stray-module");
            assertThat(HexagonRules.moduleOf(split.get(OwnParser.class))).isEqualTo("web-ui");
            assertThatThrownBy(() -> RULES.noPackageSplitAcrossModules().check(split))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("split across modules [stray-module, web-ui]");
        }
    }

    @Test
    void a_package_of_one_module_passes_the_split_package_rule() {
        JavaClasses whole = new ClassFileImporter().importPackages(OwnParser.class.getPackageName());
        RULES.noPackageSplitAcrossModules().check(whole);
        assertThat(whole.contain(StrayParser.class)).isTrue();
    }

    private static void assertViolated(ArchRule rule, String evidence) {
        assertThatThrownBy(() -> rule.check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(evidence);
    }
}
