package io.cardvault.architecture;

import static org.assertj.core.api.Assertions.assertThat;

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
    void no_sandbox_or_testing_class_in_a_production_module() {
        RULES.noSandboxOrTestingClassInProduction().check(cardvault);
    }

    @Test
    void no_package_is_split_across_modules() {
        RULES.noPackageSplitAcrossModules().check(cardvault);
    }

    @Test
    void every_production_class_is_traced_to_its_module() {
        // the two module rules read a class's module off its code source: an unknown one would blind them
        assertThat(cardvault).allSatisfy(javaClass -> assertThat(HexagonRules.moduleOf(javaClass)).as(javaClass.getName())
                .isNotEmpty());
        assertThat(cardvault.stream().map(HexagonRules::moduleOf).distinct())
                .contains("domain", "application", "adapters-rest", "adapters-sources", "recognition", "sandbox", "web-ui");
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
