package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueImportOnStartTest {

    private final List<String> imported = new ArrayList<>();

    private CatalogueImportOnStart startUp(String mode, Set<String> importedBefore) {
        return startUp(mode, importedBefore, " tcgdex-en , tcgdex-asia ");
    }

    /** A start-up step whose import slot records the sources it is handed. */
    private CatalogueImportOnStart startUp(String mode, Set<String> importedBefore, String sources) {
        return new CatalogueImportOnStart(due -> {
            imported.addAll(due);
            return new CatalogueImportJob(1, CatalogueImportJob.State.RUNNING, due, Instant.EPOCH, null, List.of(), List.of());
        }, () -> importedBefore, mode, sources);
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
    void theConfiguredSourcesAreTheImportSlotsPolicy() {
        assertThat(startUp("never", Set.of(), "tcgdex-en,, tcgdex-asia").catalogueImportPolicy().sources())
                .containsExactly("tcgdex-en", "tcgdex-asia");
    }

    @Test
    void givenUnknownMode_saysWhichAreAllowed() {
        assertThatThrownBy(() -> startUp("sometimes", Set.of()))
                .hasMessageContaining("on-first-start, always or never");
    }
}
