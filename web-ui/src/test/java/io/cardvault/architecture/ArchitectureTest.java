package io.cardvault.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CardVault's production classes keep the hexagon's rules. */
class ArchitectureTest {

    private static final HexagonRules RULES = HexagonRules.forRoot("io.cardvault");
    private static JavaClasses cardvault;

    @BeforeAll
    static void importProductionClasses() {
        cardvault = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test-jars (fakes and port contracts shared between modules) are tests too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.cardvault");
    }

    @Test
    void domain_depends_only_on_java() {
        RULES.domainDependsOnlyOnJava().check(cardvault);
    }

    @Test
    void application_depends_only_on_domain_and_inject_cdi_transactions() {
        RULES.applicationDependsOnlyOnDomainAndThreeJakartaApis().check(cardvault);
    }

    @Test
    void in_ports_know_neither_out_ports_nor_services() {
        RULES.portsInAndOutAreIndependent().check(cardvault);
    }

    @Test
    void out_ports_do_not_know_in_ports() {
        RULES.outPortsDoNotKnowInPorts().check(cardvault);
    }

    @Test
    void adapters_call_use_cases_not_services() {
        RULES.adaptersDoNotUseServices().check(cardvault);
    }

    @Test
    void out_ports_are_interfaces_ending_in_Port() {
        RULES.outPortInterfacesEndInPort().check(cardvault);
        RULES.classesNamedPortAreInterfaces().check(cardvault);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        RULES.adaptersDoNotDependOnEachOther().check(cardvault);
    }

    @Test
    void packages_are_free_of_cycles() {
        RULES.packagesAreFreeOfCycles().check(cardvault);
    }

    @Test
    void only_the_admission_reads_credentials_and_asks_the_limiter() {
        RULES.oneAdmissionEntry().check(cardvault);
        RULES.frontDoorDependsOnNoAdapter().check(cardvault);
    }

    @Test
    void no_field_injection() {
        RULES.noFieldInjection().check(cardvault);
    }

    @Test
    void no_generic_exceptions_thrown() {
        RULES.noGenericExceptions().check(cardvault);
    }

    @Test
    void no_standard_streams() {
        RULES.noStandardStreams().check(cardvault);
    }

    @Test
    void jpa_entities_stay_package_private_in_the_persistence_adapter() {
        RULES.jpaEntitiesStayInPersistence().check(cardvault);
    }

    @Test
    void no_class_outside_the_persistence_adapter_uses_jakarta_persistence() {
        RULES.jakartaPersistenceOnlyInPersistenceAdapter().check(cardvault);
    }

    @Test
    void the_jpa_adapters_packages_use_no_jdbc() {
        RULES.noJdbcInJpaAdapters().check(cardvault);
    }
}
