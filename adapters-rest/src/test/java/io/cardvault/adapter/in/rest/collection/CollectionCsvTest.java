package io.cardvault.adapter.in.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionExportRow;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionCsvTest {

    private static final CollectionExportRow CHARIZARD = new CollectionExportRow(new CardId(891), "Charizard", "Base Set",
            "pokemon", 2, CardCondition.NM, Optional.of("1st_edition_holo"), Optional.of(Money.of("350", "EUR")),
            Optional.empty(), Optional.of(Money.of("1789.22", "EUR")));
    private static final CollectionExportRow TRICKY = new CollectionExportRow(new CardId(7), "=HYPERLINK(\"http://x\")",
            "Team Rocket, \"Dark\"\nEdition", "pokemon", 1, CardCondition.LP, Optional.empty(), Optional.empty(),
            Optional.of(Grading.of(GradingCompany.PSA, "9.5")), Optional.empty());

    @Test
    void writes_the_spec_columns_first_with_crlf_line_ends() {
        String csv = CollectionCsv.write(List.of(CHARIZARD), "EUR");

        assertThat(csv).isEqualTo("card_id,name,set,tcg,quantity,condition,variant,price_paid,current_value,"
                + "price_paid_currency,value_currency,grading_company,grade\r\n"
                + "891,Charizard,Base Set,pokemon,2,NM,1st_edition_holo,350.00,1789.22,EUR,EUR,,\r\n");
    }

    @Test
    void quotes_fields_with_commas_quotes_or_line_breaks_and_neutralises_formulas() {
        String csv = CollectionCsv.write(List.of(TRICKY), "USD");

        assertThat(csv).endsWith("\r\n7,\"'=HYPERLINK(\"\"http://x\"\")\",\"Team Rocket, \"\"Dark\"\"\nEdition\",pokemon,1,LP,,,,,USD,PSA,9.5\r\n");
        assertThat(CollectionCsv.text("+1")).isEqualTo("'+1");
        assertThat(CollectionCsv.text("-2")).isEqualTo("'-2");
        assertThat(CollectionCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CollectionCsv.text("\tx")).isEqualTo("'\tx");
        assertThat(CollectionCsv.text("Mew")).isEqualTo("Mew");
        assertThat(CollectionCsv.text("")).isEmpty();
    }

    @Test
    void the_export_reads_back_as_the_cardvault_format_with_its_currency_and_slab() {
        CollectionFile file = new CollectionFileReader(CollectionImportLimits.defaults())
                .read(CollectionCsv.write(List.of(CHARIZARD, TRICKY), "EUR").getBytes(StandardCharsets.UTF_8));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.CARDVAULT);
        assertThat(file.rejected()).isEmpty();
        assertThat(file.rows()).hasSize(2);
        CollectionImportRow charizard = file.rows().get(0);
        assertThat(charizard.card()).isEqualTo(new CardReference.ByCardId(new CardId(891)));
        assertThat(charizard.quantity()).isEqualTo(2);
        assertThat(charizard.pricePaid()).contains(Money.of("350", "EUR"));
        assertThat(charizard.variantHint()).contains("1st_edition_holo");
        CollectionImportRow slab = file.rows().get(1);
        assertThat(slab.condition()).isEqualTo(CardCondition.LP);
        assertThat(slab.grading()).contains(Grading.of(GradingCompany.PSA, "9.5"));
    }
}
