package io.cardvault.adapter.in.rest.collection;

import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.cardmarket;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.money;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.named;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.numbered;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.row;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.sample;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.tcgplayer;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import org.junit.jupiter.api.Test;

/** Each sample export, written from its format's public column descriptions, read into the rows it states. */
class CollectionFileReaderSamplesTest {

    private final CollectionFileReader reader = new CollectionFileReader(CollectionImportLimits.defaults());

    @Test
    void the_spec_export_is_read_by_card_id_with_prices_in_dollars_unless_the_cell_says_otherwise() {
        CollectionFile file = reader.read(sample("cardvault.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.CARDVAULT);
        assertThat(file.rows()).containsExactly(
                row(2, new CardReference.ByCardId(new CardId(891)), null, 2, CardCondition.NM, "1st_edition_holo",
                        money("350.00", "USD"), null, null),
                row(3, new CardReference.ByCardId(new CardId(1204)), null, 1, CardCondition.LP, "holo",
                        money("120.50", "USD"), null, null),
                row(5, new CardReference.ByCardId(new CardId(3301)), null, 1, CardCondition.HP, null,
                        money("9500.00", "EUR"), null, null));
        assertThat(file.rejected()).containsExactly(
                new RejectedLine(4, "card_id is not a positive whole number: \"abc\""));
    }

    @Test
    void the_tcgplayer_app_export_names_cards_by_set_and_number_with_the_product_id_beside() {
        CollectionFile file = reader.read(sample("tcgplayer.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.TCGPLAYER);
        assertThat(file.rows()).containsExactly(
                row(2, numbered("BS", "Base Set", "4/102", "Charizard", null), tcgplayer(42382), 1,
                        CardCondition.NM, "holo", null, null, "en"),
                row(3, numbered("SWSH07", "SWSH07: Evolving Skies", "215/203", "Umbreon VMAX", null), tcgplayer(246723), 2,
                        CardCondition.LP, "holo", null, null, "en"),
                row(4, numbered("MEW", "SV: Scarlet & Violet 151", "025/165", "Pikachu", null), tcgplayer(517033), 3,
                        CardCondition.NM, "reverse_holo", null, null, "en"),
                row(6, numbered("NEO", "Kamigawa: Neon Dynasty", "431", "Hidetsugu, Devouring Chaos", null), tcgplayer(262488), 1,
                        CardCondition.MP, "foil", null, null, "ja"));
        assertThat(file.rejected()).containsExactly(new RejectedLine(5,
                "condition is not one CardVault knows (NM, LP, MP, HP, DMG): \"Gently Used\""));
    }

    @Test
    void the_collectr_export_keeps_slabs_and_dollar_costs_and_refuses_watchlist_rows() {
        CollectionFile file = reader.read(sample("collectr.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.COLLECTR);
        assertThat(file.rows()).containsExactly(
                row(2, numbered(null, "Base Set", "4/102", "Charizard", "pokemon"), null, 1, CardCondition.NM, "holo",
                        money("1250.00", "USD"), Grading.of(GradingCompany.PSA, "9"), null),
                row(4, numbered(null, "SWSH07: Evolving Skies", "218/203", "Rayquaza VMAX (Alternate Art Secret)", "pokemon"),
                        null, 1, CardCondition.LP, "holo", money("310.50", "USD"), null, null),
                row(5, numbered(null, "Fossil", "5/62", "Gengar", "pokemon"), null, 2, CardCondition.HP, "1st_edition_holo",
                        money("80", "USD"), null, null));
        assertThat(file.rejected()).containsExactly(
                new RejectedLine(6, "a watchlist item, not a card in the collection"),
                new RejectedLine(7, "grade is not a BGS grade from 1 to 10: \"11\""));
    }

    @Test
    void the_cardmarket_stock_file_reads_its_seven_step_conditions_language_numbers_and_playsets() {
        CollectionFile file = reader.read(sample("cardmarket.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.CARDMARKET);
        assertThat(file.rows()).containsExactly(
                row(2, numbered(null, "Base Set", "4", "Charizard", null), cardmarket(273699), 1,
                        CardCondition.LP, null, null, null, "de"),
                row(3, numbered("NEO", "Kamigawa: Neon Dynasty", "226", "Kaito Shizuki", null), cardmarket(605020), 2,
                        CardCondition.NM, "foil", null, null, "en"),
                row(4, named("Lightning Bolt", "M10", "Magic 2010"), cardmarket(21192), 4,
                        CardCondition.MP, null, null, null, "en"),
                row(6, numbered(null, "Evolving Skies", "215", "Umbreon VMAX", null), cardmarket(574273), 3,
                        CardCondition.MP, null, null, null, "en"));
        assertThat(file.rejected()).containsExactly(new RejectedLine(5, "quantity must be between 1 and 9999: 0"));
    }

    @Test
    void a_manabox_export_is_the_generic_shape_with_its_own_currency_column_and_european_conditions() {
        CollectionFile file = reader.read(sample("manabox.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.GENERIC);
        assertThat(file.rows()).containsExactly(
                row(2, numbered("MH2", "Modern Horizons 2", "267", "Counterspell", null), null, 2, CardCondition.NM,
                        "etched", money("1.25", "EUR"), null, "en"),
                row(3, numbered("DOM", "Dominaria", "168", "Llanowar Elves", null), null, 4, CardCondition.MP,
                        "normal", money("0.20", "USD"), null, "en"),
                row(5, numbered("2XM", "Double Masters", "1", "Karn Liberated", null), null, 1, CardCondition.LP,
                        "foil", money("45", "EUR"), null, "de"));
        assertThat(file.rejected()).containsExactly(new RejectedLine(4, "price paid is not an amount: \"twelve\""));
    }

    @Test
    void a_moxfield_export_passes_its_edition_on_as_code_and_name_alike() {
        CollectionFile file = reader.read(sample("moxfield.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.GENERIC);
        assertThat(file.rows()).containsExactly(
                row(2, numbered("neo", "neo", "226", "Kaito Shizuki", null), null, 1, CardCondition.NM, "foil",
                        money("8.99", "USD"), null, "en"),
                row(3, numbered("war", "war", "187", "Casualties of War", null), null, 2, CardCondition.LP, null,
                        null, null, "en"),
                row(4, numbered("eld", "eld", "97", "Murderous Rider // Swift End", null), null, 1, CardCondition.DMG, null,
                        money("1.10", "USD"), null, "en"));
        assertThat(file.rejected()).containsExactly(new RejectedLine(5, "quantity is not a whole number: \"-1\""));
    }

    @Test
    void a_spreadsheet_saved_with_bom_semicolons_crlf_and_decimal_commas_keeps_its_lines_and_euros() {
        CollectionFile file = reader.read(sample("spreadsheet-semicolon.csv"));

        assertThat(file.format()).isEqualTo(CollectionFileFormat.GENERIC);
        assertThat(file.rows()).containsExactly(
                row(3, numbered("Base Set", "Base Set", "58/102", "Pikachu", null), null, 3, CardCondition.LP, "normal",
                        money("1.50", "EUR"), null, null),
                row(4, numbered("Base Set", "Base Set", "15/102", "Venusaur", null), null, 1, CardCondition.MP, "holo",
                        money("1234.56", "EUR"), null, null),
                row(6, numbered("Base Set", "Base Set", "4/102", "=cmd|' /C calc'!A0", null), null, 1, CardCondition.NM, null,
                        null, null, null),
                row(8, numbered("Base Set", "Base Set", "2/102", "Blastoise", null), null, 1, CardCondition.NM, "holo",
                        money("12", "GBP"), null, null));
        assertThat(file.rejected()).containsExactly(new RejectedLine(7, "quantity must be between 1 and 9999: 0"));
    }
}
