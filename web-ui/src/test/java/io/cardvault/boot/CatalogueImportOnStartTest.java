package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueImportOnStartTest {

    private final List<String> imported = new ArrayList<>();

    private CatalogueImportOnStart startUp(String mode, Set<String> importedBefore) {
        return startUp(mode, importedBefore, " tcgdex-en , tcgdex-asia ");
    }

    /** A start-up step whose import records the sources it is asked for; source "missing" does not exist. */
    private CatalogueImportOnStart startUp(String mode, Set<String> importedBefore, String sources) {
        return new CatalogueImportOnStart(command -> {
            imported.add(command.source());
            if (command.source().equals("missing")) {
                throw new UnknownCatalogueSourceException(command.source());
            }
            return (ImportReport) null; // the start-up step does not read the report
        }, () -> importedBefore, Runnable::run, mode, sources);
    }

    @Test
    void givenNothingImported_firstStart_importsEverySourceInOrder() {
        startUp("on-first-start", Set.of()).onStart(new Object());

        assertThat(imported).containsExactly("tcgdex-en", "tcgdex-asia");
    }

    @Test
    void givenAStartStoppedHalfWay_nextStart_importsWhatDidNotFinish() {
        startUp("on-first-start", Set.of("tcgdex-en")).onStart(new Object());

        assertThat(imported).containsExactly("tcgdex-asia");
    }

    @Test
    void givenEverySourceImported_firstStartMode_importsNothing() {
        startUp("ON_FIRST_START", Set.of("tcgdex-en", "tcgdex-asia")).onStart(new Object());

        assertThat(imported).isEmpty();
    }

    @Test
    void givenAlwaysOrNever_obeysRegardlessOfHistory() {
        startUp("always", Set.of("tcgdex-en", "tcgdex-asia")).onStart(new Object());
        assertThat(imported).containsExactly("tcgdex-en", "tcgdex-asia");

        imported.clear();
        startUp("never", Set.of()).onStart(new Object());
        assertThat(imported).isEmpty();
    }

    @Test
    void givenOneSourceFails_theOthersStillImport() {
        startUp("on-first-start", Set.of(), "missing,tcgdex-en").onStart(new Object());

        assertThat(imported).containsExactly("missing", "tcgdex-en");
    }

    @Test
    void givenUnknownMode_saysWhichAreAllowed() {
        assertThatThrownBy(() -> startUp("sometimes", Set.of()))
                .hasMessageContaining("on-first-start, always or never");
    }
}
