package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.CurrencyMismatchException;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceAlertTest {

    private static final AccountId ASH = new AccountId(1);
    private static final CardId CHARIZARD = new CardId(891);
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant RUN = Instant.parse("2026-12-02T06:00:00Z");

    private static PriceAlert below(String target) {
        return PriceAlert.reconstitute(new PriceAlertId(7), ASH, CHARIZARD, Money.of(target, "EUR"), AlertDirection.BELOW,
                Optional.empty(), CREATED);
    }

    @Test
    void givenBelowAlert_aPriceAtOrUnderTheTarget_triggersItOnce() {
        PriceAlert alert = below("750");
        assertThat(alert.evaluate(Money.of("750.01", "EUR"), RUN)).isEmpty();
        PriceAlert fired = alert.evaluate(Money.of("712.50", "EUR"), RUN).orElseThrow();
        assertThat(fired.triggeredAt()).contains(RUN);
        assertThat(fired.isActive()).isFalse();
        assertThat(fired.id()).isEqualTo(alert.id());
        assertThat(fired.evaluate(Money.of("700", "EUR"), RUN.plusSeconds(86_400))).isEmpty();
        assertThat(alert.evaluate(Money.of("750", "EUR"), RUN)).isPresent();
    }

    @Test
    void givenAboveAlert_onlyAPriceAtOrOverTheTarget_triggersIt() {
        PriceAlert alert = PriceAlert.set(ASH, CHARIZARD, Money.of("900", "EUR"), AlertDirection.ABOVE, CREATED);
        assertThat(alert.evaluate(Money.of("899.99", "EUR"), RUN)).isEmpty();
        assertThat(alert.evaluate(Money.of("900", "EUR"), RUN)).isPresent();
    }

    @Test
    void givenPriceInAnotherCurrency_evaluate_refusesRatherThanCompareNumbers() {
        assertThatThrownBy(() -> below("750").evaluate(Money.of("700", "USD"), RUN)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void givenZeroTarget_set_isRefusedNamingTheField() {
        assertThatThrownBy(() -> PriceAlert.set(ASH, CHARIZARD, Money.of("0", "EUR"), AlertDirection.BELOW, CREATED))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("target_price"));
    }

    @Test
    void givenSameCardSideAndTarget_duplicates_isTrueOnlyWhileBothAreActive() {
        PriceAlert first = below("750");
        PriceAlert second = PriceAlert.set(ASH, CHARIZARD, Money.of("750.00", "EUR"), AlertDirection.BELOW, CREATED);
        assertThat(first.duplicates(second)).isTrue();
        assertThat(first.duplicates(PriceAlert.set(ASH, CHARIZARD, Money.of("750", "EUR"), AlertDirection.ABOVE, CREATED))).isFalse();
        PriceAlert fired = first.evaluate(Money.of("700", "EUR"), RUN).orElseThrow();
        assertThat(fired.duplicates(second)).isFalse();
    }

    @Test
    void directions_parseTheSpecWords() {
        assertThat(AlertDirection.parse("below")).isEqualTo(AlertDirection.BELOW);
        assertThat(AlertDirection.parse("ABOVE")).isEqualTo(AlertDirection.ABOVE);
        assertThatThrownBy(() -> AlertDirection.parse("sideways")).isInstanceOf(InvalidCollectionDataException.class);
    }
}
