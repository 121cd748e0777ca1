package io.cardvault.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * The hexagon's rules, for any root package: the build checks {@code io.cardvault}, and
 * {@code ArchitectureRulesSelfTest} checks a fixture root to prove each rule fails when broken.
 */
final class HexagonRules {

    /**
     * The adapter modules (and the demo-only module); none may depend on another. The shared front door ({@code adapter.in.http})
     * is not one of them: the driving adapters build on it, and it depends on none of them.
     */
    private static final List<String> ADAPTERS = List.of(
            "adapter.in.rest", "adapter.in.websocket", "adapter.in.web",
            "adapter.out.persistence", "adapter.out.sources", "adapter.out.cluster", "adapter.out.mail", "recognition",
            // the demo mail server: demo only, so no adapter may lean on it and it leans on none
            "demo");

    private final String root;

    private HexagonRules(String root) {
        this.root = root;
    }

    static HexagonRules forRoot(String root) {
        return new HexagonRules(root);
    }

    private String pkg(String relative) {
        return root + "." + relative + "..";
    }

    ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(pkg("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("domain"))
                .because("the domain is plain Java: no framework may shape the business model");
    }

    ArchRule applicationDependsOnlyOnDomainAndThreeJakartaApis() {
        return classes().that().resideInAPackage(pkg("application"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", pkg("domain"), pkg("application"),
                        "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..")
                .because("use cases must not know HTTP, JPA or any adapter technology");
    }

    ArchRule portsInAndOutAreIndependent() {
        return noClasses().that().resideInAPackage(pkg("application.port.in"))
                .should().dependOnClassesThat().resideInAPackage(pkg("application.port.out"))
                .orShould().dependOnClassesThat().resideInAPackage(pkg("application.service"))
                .because("in-ports describe what callers may ask; how it is done stays behind them");
    }

    ArchRule outPortsDoNotKnowInPorts() {
        return noClasses().that().resideInAPackage(pkg("application.port.out"))
                .should().dependOnClassesThat().resideInAPackage(pkg("application.port.in"))
                .because("driven adapters implement out-ports and must not see the callers' contracts");
    }

    ArchRule adaptersDoNotUseServices() {
        return noClasses().that().resideInAnyPackage(pkg("adapter"), pkg("recognition"))
                .should().dependOnClassesThat().resideInAPackage(pkg("application.service"))
                .because("driving adapters call use cases (in-ports), never their implementations");
    }

    ArchRule outPortInterfacesEndInPort() {
        // port.out itself holds only the ports; the values they exchange live in port.out.<area>
        return classes().that().resideInAPackage(root + ".application.port.out").and().areInterfaces()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("Port");
    }

    ArchRule classesNamedPortAreInterfaces() {
        return classes().that().resideInAPackage(pkg("application")).and().haveSimpleNameEndingWith("Port")
                .should().beInterfaces();
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                for (String adapter : ADAPTERS) {
                    String prefix = root + "." + adapter;
                    if (javaClass.getPackageName().equals(prefix) || javaClass.getPackageName().startsWith(prefix + ".")) {
                        return SliceIdentifier.of(adapter);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "adapters of " + root;
            }
        }).should().notDependOnEachOther();
    }

    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * One admission entry: only the shared front door ({@code adapter.in.http}) reads session
     * cookies and calls the use cases that authenticate keys, resolve sessions and take from the
     * limiter. Every other adapter class reads the front door's verdict, so a new entry point
     * cannot grow a second, more lenient admission.
     */
    ArchRule oneAdmissionEntry() {
        String account = root + ".application.port.in.account.";
        return noClasses().that().resideInAnyPackage(pkg("adapter"), pkg("recognition"))
                .and().resideOutsideOfPackage(pkg("adapter.in.http"))
                .should().callMethod(HttpServletRequest.class, "getCookies")
                .orShould().callMethod(ContainerRequestContext.class, "getCookies")
                .orShould().callMethod(HttpHeaders.class, "getCookies")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(account + "CheckRateLimitUseCase")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(account + "AuthenticateApiKeyUseCase")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(account + "ResolveSessionUseCase")
                .because("the admission (adapter.in.http) is the one place that reads credentials and asks the limiter");
    }

    ArchRule frontDoorDependsOnNoAdapter() {
        return noClasses().that().resideInAPackage(pkg("adapter.in.http"))
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS.stream().map(this::pkg).toArray(String[]::new))
                .because("every driving adapter shares the front door, so it can know none of them");
    }

    ArchRule noFieldInjection() {
        return noFields().should().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("constructor injection makes dependencies explicit and fields final");
    }

    ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }

    ArchRule noStandardStreams() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    }

    ArchRule jpaEntitiesStayInPersistence() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(pkg("adapter.out.persistence"))
                .andShould().notBePublic()
                .allowEmptyShould(true); // no entity exists until the catalogue lands; the rule guards the first one
    }

}
