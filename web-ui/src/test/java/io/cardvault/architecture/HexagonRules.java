package io.cardvault.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Modules that are not production code: assembled into the WAR for the demo and the integration
     * tests, every route off unless switched on. No production module may hold or need their classes.
     */
    private static final Set<String> NON_PRODUCTION_MODULES = Set.of("sandbox");

    /** A class from a module's jar: {@code …/adapters-rest-0.1.0-SNAPSHOT.jar!/io/…}. */
    private static final Pattern MODULE_JAR = Pattern.compile("/([^/!]+?)-\\d[^/!]*\\.jar!/");
    /** A class from a module's build output in the reactor: {@code …/adapters-rest/target/classes/io/…}. */
    private static final Pattern MODULE_OUTPUT = Pattern.compile("/([^/]+)/target/(?:test-)?classes/");

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

    /**
     * The module a class was loaded from, read off its code source: the Maven module's directory in a
     * reactor build ({@code <module>/target/classes}) or its artifact in a jar ({@code <module>-<version>.jar});
     * empty for a class from neither (the JDK's).
     */
    static String moduleOf(JavaClass javaClass) {
        String location = javaClass.getSource().map(source -> source.getUri().toString()).orElse("");
        Matcher jar = MODULE_JAR.matcher(location);
        if (jar.find()) {
            return jar.group(1);
        }
        Matcher output = MODULE_OUTPUT.matcher(location);
        return output.find() ? output.group(1) : "";
    }

    private static DescribedPredicate<JavaClass> inANonProductionModule() {
        return DescribedPredicate.describe("are in a non-production module " + NON_PRODUCTION_MODULES,
                javaClass -> NON_PRODUCTION_MODULES.contains(moduleOf(javaClass)));
    }

    private static DescribedPredicate<JavaClass> inAProductionModule() {
        return DescribedPredicate.describe("are in a production module", javaClass -> {
            String module = moduleOf(javaClass);
            return !module.isEmpty() && !NON_PRODUCTION_MODULES.contains(module);
        });
    }

    /**
     * Demo and test code stays out of production modules: no class of theirs lives in a sandbox or
     * testing package or is named for one, and none needs a class of the non-production modules.
     */
    ArchRule noSandboxOrTestingClassInProduction() {
        return noClasses().that().resideInAPackage(root + "..").and(inAProductionModule())
                .should().resideInAnyPackage("..sandbox..", "..testing..")
                .orShould().haveSimpleNameStartingWith("Sandbox")
                .orShould().haveSimpleNameStartingWith("Testing")
                .orShould().dependOnClassesThat(inANonProductionModule())
                .because("the sandbox market and the testing routes are demo and test affordances: they live in the "
                        + "sandbox module, which production code never needs");
    }

    /**
     * Each module owns its packages: no package holds classes of two modules, so a reader finds a
     * package's code in one place and no module can reach into another's package-private parts.
     */
    ArchRule noPackageSplitAcrossModules() {
        return classes().that().resideInAPackage(root + "..").should(new ArchCondition<JavaClass>(
                "be in a package whose classes all come from one module") {
            private final Map<String, Set<String>> modulesByPackage = new HashMap<>();

            @Override
            public void init(Collection<JavaClass> classes) {
                classes.forEach(javaClass -> modulesByPackage.computeIfAbsent(javaClass.getPackageName(),
                        name -> new TreeSet<>()).add(moduleOf(javaClass)));
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> modules = modulesByPackage.get(javaClass.getPackageName());
                events.add(new SimpleConditionEvent(javaClass, modules.size() == 1, javaClass.getName() + " (module "
                        + moduleOf(javaClass) + ") is in package " + javaClass.getPackageName() + ", split across modules "
                        + modules));
            }
        });
    }

    ArchRule jpaEntitiesStayInPersistence() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(pkg("adapter.out.persistence"))
                .andShould().notBePublic();
    }

    /**
     * Only the persistence adapter knows JPA: no other class is an entity, holds an
     * {@code EntityManager} or uses any other {@code jakarta.persistence} type.
     */
    ArchRule jakartaPersistenceOnlyInPersistenceAdapter() {
        return noClasses().that().resideOutsideOfPackage(pkg("adapter.out.persistence"))
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .orShould().beAnnotatedWith("jakarta.persistence.Entity")
                .because("aggregates are mapped to entities in adapters-persistence only; the rest sees domain records");
    }

    /**
     * A package holding a JPA entity is a JPA adapter: it reads and writes through the
     * {@code EntityManager} only, never through a JDBC connection beside it (that would escape the
     * persistence context and its transaction). JDBC adapters live in packages without entities.
     */
    ArchRule noJdbcInJpaAdapters() {
        return noClasses().that(resideInAPackageWithAnEntity())
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("a JPA adapter's package works through JPA alone; bulk JDBC adapters live in packages of their own");
    }

    private static DescribedPredicate<JavaClass> resideInAPackageWithAnEntity() {
        return DescribedPredicate.describe("reside in a package holding a JPA entity", javaClass ->
                javaClass.getPackage().getClasses().stream()
                        .anyMatch(neighbour -> neighbour.isAnnotatedWith("jakarta.persistence.Entity")));
    }

}
