package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void givenNumericGrades_normalisesTheirSpelling() {
        assertThat(Grading.of(GradingCompany.PSA, "10.0").grade()).isEqualTo("10");
        assertThat(Grading.of(GradingCompany.BGS, " 9.50 ").grade()).isEqualTo("9.5");
        assertThat(Grading.of(GradingCompany.OTHER, "7").isUnknownBucket()).isFalse();
    }

    @Test
    void givenPriceChartingBucket_keepsItOnlyUnderOther() {
        Grading bucket = Grading.of(GradingCompany.OTHER, "PC17");
        assertThat(bucket.grade()).isEqualTo("pc17");
        assertThat(bucket.isUnknownBucket()).isTrue();
        assertThatThrownBy(() -> Grading.of(GradingCompany.PSA, "pc17"))
                .isInstanceOf(InvalidPriceDataException.class)
                .hasMessageContaining("not a psa grade");
    }

    @Test
    void givenGradesOutsideTheScale_rejectsThem() {
        assertThatThrownBy(() -> Grading.of(GradingCompany.PSA, "10.5")).isInstanceOf(InvalidPriceDataException.class);
        assertThatThrownBy(() -> Grading.of(GradingCompany.PSA, "0")).isInstanceOf(InvalidPriceDataException.class);
        assertThatThrownBy(() -> Grading.of(GradingCompany.CGC, "9.25")).isInstanceOf(InvalidPriceDataException.class);
    }

    @Test
    void givenCodes_findsCompaniesCaseInsensitively() {
        assertThat(GradingCompany.fromCode("PSA")).isEqualTo(GradingCompany.PSA);
        assertThat(GradingCompany.find("nope")).isEmpty();
    }
}
