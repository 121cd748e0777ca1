package io.cardvault.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules bite: each runs against {@code fixture}, a package tree with one deliberate
 * violation per rule (a domain class importing {@code jakarta.persistence}, a resource calling a
 * service through field injection, a generic exception, {@code System.out}, a page helper reading
 * the session cookie and asking the limiter itself, a page holding an {@code EntityManager}, a JPA
 * adapter opening a JDBC connection beside its entity).
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

    private static void assertViolated(ArchRule rule, String evidence) {
        assertThatThrownBy(() -> rule.check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(evidence);
    }
}
