package io.cardvault.adapter.in.rest.collection;

import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.money;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.numbered;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.row;
import static io.cardvault.adapter.in.rest.collection.CollectionImportSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cardvault.adapter.in.rest.collection.UnusableCollectionFileException.Problem;
import io.cardvault.adapter.in.rest.error.UnreadableBodyException;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.collection.CardCondition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionFileReaderTest {

    private static final String GENERIC_HEADER = "Name,Set,Number,Quantity,Condition\n";

    private final CollectionFileReader reader = new CollectionFileReader(CollectionImportLimits.defaults());

    private CollectionFile read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Problem problemOf(byte[] bytes) {
        return catchThrowableOfType(UnusableCollectionFileException.class, () -> reader.read(bytes)).problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARDVAULT  | card_id,name,set,tcg,quantity,condition,variant,price_paid,current_value
            CARDVAULT  | card_id,quantity,condition,price_paid
            TCGPLAYER  | Quantity,Name,Simple Name,Set,Card Number,Set Code,Printing,Condition,Language,Rarity,Product ID,SKU
            COLLECTR   | Portfolio Name,Category,Set,Product Name,Card Number,Rarity,Variance,Grade,Card Condition,Average Cost Paid,Quantity,Market Price (As of 2026-12-01),Price Override,Watchlist,Date Added,Notes
            CARDMARKET | "idArticle";"idProduct";"English Name";"Local Name";"Exp.";"Exp. Name";"Price";"Language";"Condition";"Foil?";"Signed?";"Playset?";"Altered?";"Comments";"Amount";"onSale"
            GENERIC    | Name,Set code,Set name,Collector number,Foil,Rarity,Quantity,ManaBox ID,Scryfall ID,Purchase price,Misprint,Altered,Condition,Language,Purchase price currency
            GENERIC    | Count,Tradelist Count,Name,Edition,Condition,Language,Foil,Tags,Last Modified,Collector Number,Alter,Proxy,Purchase Price
            GENERIC    | Count,Tradelist Count,Name,Edition,Edition Code,Card Number,Condition,Language,Foil,Signed,Artist Proof,Altered Art,Misprint,Promo,Textless,My Price
            GENERIC    | Folder Name,Quantity,Trade Quantity,Card Name,Set Code,Set Name,Card Number,Condition,Printing,Language,Price Bought,Date Bought
            """)
    void the_format_is_detected_from_the_header_row_alone(CollectionFileFormat expected, String header) {
        Header parsed = Header.of(java.util.Arrays.stream(header.split(String.valueOf(CollectionFileReader.delimiterOf(header))))
                .map(cell -> cell.replace("\"", "")).toList());

        assertThat(CollectionFileFormat.detect(parsed)).contains(expected);
    }

    @Test
    void a_header_no_format_knows_is_refused_with_the_columns_it_has() {
        UnusableCollectionFileException refused = catchThrowableOfType(UnusableCollectionFileException.class,
                () -> read("Player,Team,Year,Brand\nMichael Jordan,Bulls,1986,Fleer\n"));

        assertThat(refused.problem()).isEqualTo(Problem.UNKNOWN_HEADER);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getMessage()).contains("\"Player\", \"Team\", \"Year\", \"Brand\"");
    }

    @Test
    void a_spec_header_without_the_columns_the_spec_requires_names_them() {
        assertThatThrownBy(() -> read("card_id,quantity\n891,2\n"))
                .isInstanceOf(UnusableCollectionFileException.class)
                .hasMessage("This looks like a CardVault export but lacks the columns condition, price_paid");
    }

    @Test
    void a_utf8_byte_order_mark_does_not_become_part_of_the_first_column_name() {
        byte[] withBom = ("\uFEFFcard_id,quantity,condition,price_paid\n891,1,NM,\n").getBytes(StandardCharsets.UTF_8);

        CollectionFile file = reader.read(withBom);

        assertThat(file.format()).isEqualTo(CollectionFileFormat.CARDVAULT);
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void a_windows_1252_file_from_old_excel_keeps_its_euro_sign_and_accents() {
        byte[] cp1252 = ("Name;Set;Number;Quantity;Condition;Purchase Price\r\nPokémon Center;Promo;SWSH001;1;NM;€2,00\r\n")
                .getBytes(Charset.forName("windows-1252"));

        CollectionFile file = reader.read(cp1252);

        assertThat(file.rows()).containsExactly(row(2, numbered("Promo", "Promo", "SWSH001", "Pokémon Center", null), null, 1,
                CardCondition.NM, null, money("2.00", "EUR"), null, null));
    }

    @Test
    void a_utf16_file_with_its_byte_order_mark_is_read_as_excel_unicode_text() {
        byte[] utf16 = ("Name\tSet\tNumber\tQuantity\tCondition\r\nCharizard\tBase Set\t4/102\t1\tNM\r\n")
                .getBytes(StandardCharsets.UTF_16);

        CollectionFile file = reader.read(utf16);

        assertThat(file.rows()).extracting(CollectionImportRow::card)
                .containsExactly(numbered("Base Set", "Base Set", "4/102", "Charizard", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Name,Set,Number,Quantity              | ,
            Name;Set;Number;Quantity              | ;
            Name\tSet\tNumber\tQuantity           | '\t'
            "Name, as printed";Set;Number;Quantity | ;
            Name                                  | ,
            """)
    void the_delimiter_is_the_one_the_header_line_uses_most_outside_quotes(String headerLine, char expected) {
        assertThat(CollectionFileReader.delimiterOf(headerLine.replace("\\t", "\t"))).isEqualTo(expected);
    }

    @Test
    void an_excel_sep_line_sets_the_delimiter_and_counts_as_a_line() {
        CollectionFile file = read("sep=;\nName;Set;Number;Quantity;Condition\nCharizard;Base Set;4/102;1;NM\nBad;Base Set;1/102;none;NM\n");

        assertThat(file.rows()).extracting(CollectionImportRow::line).containsExactly(3);
        assertThat(file.rejected()).containsExactly(new RejectedLine(4, "quantity is not a whole number: \"none\""));
    }

    @Test
    void quoted_cells_may_hold_delimiters_quotes_and_line_breaks_and_later_lines_keep_their_numbers() {
        CollectionFile file = read(GENERIC_HEADER
                + "\"Farfetch'd, \"\"the\"\" duck\",Base Set,27/102,1,NM\n"
                + "\"Mr.\nMime\",Jungle,6/64,1,NM\n"
                + "\n"
                + "Pikachu,Base Set,58/102,zero,NM\n");

        assertThat(file.rows()).extracting(row -> row.line() + " " + row.card())
                .containsExactly(
                        "2 " + numbered("Base Set", "Base Set", "27/102", "Farfetch'd, \"the\" duck", null),
                        "3 " + numbered("Jungle", "Jungle", "6/64", "Mr.\nMime", null));
        assertThat(file.rejected()).containsExactly(new RejectedLine(6, "quantity is not a whole number: \"zero\""));
    }

    @Test
    void a_row_with_more_cells_than_the_header_is_rejected_because_its_columns_have_shifted() {
        CollectionFile file = read(GENERIC_HEADER + "Charizard, Base Set,Base Set,4/102,1,NM\nBlastoise,Base Set,2/102,1,NM,\n");

        assertThat(file.rejected()).containsExactly(new RejectedLine(2,
                "the row has 6 cells where the header has 5; a cell holding the delimiter must be quoted"));
        assertThat(file.rows()).extracting(CollectionImportRow::line).containsExactly(3);
    }

    @Test
    void a_short_row_reads_its_missing_trailing_cells_as_empty() {
        CollectionFile file = read(GENERIC_HEADER + "Charizard,Base Set,4/102\n");

        assertThat(file.rows()).singleElement().satisfies(only -> {
            assertThat(only.quantity()).isEqualTo(1);
            assertThat(only.condition()).isEqualTo(CardCondition.NM);
        });
    }

    @Test
    void a_quote_that_is_never_closed_makes_the_file_unusable_and_says_after_which_line() {
        UnusableCollectionFileException refused = catchThrowableOfType(UnusableCollectionFileException.class,
                () -> read(GENERIC_HEADER + "Charizard,Base Set,4/102,1,NM\n\"Blastoise,Base Set,2/102,1,NM\n"));

        assertThat(refused.problem()).isEqualTo(Problem.NOT_CSV);
        assertThat(refused.getMessage()).startsWith("The file is not valid CSV after line 2");
    }

    @Test
    void formula_looking_cells_stay_the_plain_text_they_are() {
        CollectionFile file = read(GENERIC_HEADER + "\"=cmd|' /C calc'!A0\",\"@SUM(1+1)\",\"+4/102\",1,NM\n");

        assertThat(file.rows()).singleElement().extracting(CollectionImportRow::card)
                .isEqualTo(numbered("@SUM(1+1)", "@SUM(1+1)", "+4/102", "=cmd|' /C calc'!A0", null));
    }

    @Test
    void a_file_over_the_byte_cap_is_refused_as_too_large_before_it_is_read_whole() {
        CollectionFileReader small = new CollectionFileReader(new CollectionImportLimits(64, 10));
        AtomicInteger handedOut = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                handedOut.incrementAndGet();
                return 'a';
            }
        };

        UnusableCollectionFileException refused = catchThrowableOfType(UnusableCollectionFileException.class,
                () -> small.read(endless));

        assertThat(refused.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(handedOut.get()).isEqualTo(65);
    }

    @Test
    void a_file_of_exactly_the_byte_cap_is_read() {
        byte[] bytes = (GENERIC_HEADER + "Charizard,Base Set,4/102,1,NM\n").getBytes(StandardCharsets.UTF_8);
        CollectionFileReader exact = new CollectionFileReader(new CollectionImportLimits(bytes.length, 10));

        assertThat(exact.read(new ByteArrayInputStream(bytes)).rows()).hasSize(1);
    }

    @Test
    void a_file_over_the_row_cap_is_refused_while_blank_lines_do_not_count() {
        CollectionFileReader twoRows = new CollectionFileReader(new CollectionImportLimits(1024, 2));
        String twoAndBlanks = GENERIC_HEADER + "A,Base Set,1/102,1,NM\n\n\nB,Base Set,2/102,1,NM\n\n";

        assertThat(twoRows.read(twoAndBlanks.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(2);
        UnusableCollectionFileException refused = catchThrowableOfType(UnusableCollectionFileException.class,
                () -> twoRows.read((twoAndBlanks + "C,Base Set,3/102,1,NM\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getMessage()).isEqualTo("The file has more than 2 card rows; split it into smaller files");
    }

    @Test
    void the_default_caps_are_two_megabytes_and_ten_thousand_rows() {
        assertThat(CollectionImportLimits.defaults()).isEqualTo(new CollectionImportLimits(2 * 1024 * 1024, 10_000));
    }

    @Test
    void an_empty_or_blank_file_is_refused_as_empty() {
        assertThat(problemOf(new byte[0])).isEqualTo(Problem.EMPTY);
        assertThat(problemOf(" \r\n\n\t".getBytes(StandardCharsets.UTF_8))).isEqualTo(Problem.EMPTY);
        assertThat(problemOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEqualTo(Problem.EMPTY);
    }

    @Test
    void a_header_without_rows_is_refused_as_having_no_card_rows() {
        assertThat(problemOf((GENERIC_HEADER + "\n\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(Problem.NO_ROWS);
    }

    @Test
    void a_spreadsheet_image_or_other_binary_file_is_refused_as_not_csv() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r'};

        assertThat(problemOf(xlsx)).isEqualTo(Problem.NOT_CSV);
        assertThat(problemOf(png)).isEqualTo(Problem.NOT_CSV);
        assertThat(problemOf("Name,Set\u0000,Quantity\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Problem.NOT_CSV);
    }

    @Test
    void an_upload_that_breaks_off_is_the_clients_unreadable_body() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> reader.read(broken))
                .isInstanceOfSatisfying(UnreadableBodyException.class, unreadable -> assertThat(unreadable.status()).isEqualTo(400));
    }

    @Test
    void random_bytes_never_throw_anything_but_the_documented_refusal() {
        Random random = new Random(20_26_12_07L);
        for (int round = 0; round < 1_000; round++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            assertReadOrRefused(bytes);
        }
    }

    @Test
    void random_mutations_of_real_exports_never_throw_anything_but_the_documented_refusal() {
        Random random = new Random(42);
        String[] samples = {"cardvault.csv", "tcgplayer.csv", "collectr.csv", "cardmarket.csv", "manabox.csv",
                "moxfield.csv", "spreadsheet-semicolon.csv"};
        byte[] alphabet = "\",;\t\r\n x0123456789.€$-=@ABCnm".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 1_400; round++) {
            byte[] bytes = sample(samples[round % samples.length]);
            for (int flips = random.nextInt(8) + 1; flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = alphabet[random.nextInt(alphabet.length)];
            }
            assertReadOrRefused(bytes);
        }
    }

    @Test
    void random_rows_under_every_known_header_never_throw_anything_but_the_documented_refusal() {
        Random random = new Random(7);
        String[] headers = {"card_id,quantity,condition,price_paid,variant,grade\n",
                "Quantity,Simple Name,Set,Card Number,Set Code,Printing,Condition,Language,Product ID\n",
                "Product Name,Set,Card Number,Variance,Grade,Card Condition,Average Cost Paid,Quantity,Watchlist\n",
                "idProduct;English Name;Exp.;Exp. Name;Language;Condition;Foil?;Playset?;Amount;Collector Number\n",
                GENERIC_HEADER.replace("Condition", "Condition,Foil,Purchase price,Currency,Language")};
        String alphabet = "\",;\t\n xX0123456789.,€$£-=@NMLPHDGEXPOPSAbgsUSDEURholfi1st/";
        for (int round = 0; round < 1_500; round++) {
            StringBuilder text = new StringBuilder(headers[round % headers.length]);
            for (int length = random.nextInt(200); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertReadOrRefused(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_lone_carriage_return_ends_a_line_as_old_mac_files_write_them() {
        CollectionFile file = read("Name,Set,Number,Quantity\rCharizard,Base Set,4/102,1\rPikachu,Base Set,58/102,many\r");

        assertThat(file.rows()).extracting(CollectionImportRow::line).containsExactly(2);
        assertThat(file.rejected()).extracting(RejectedLine::line).containsExactly(3);
    }

    private void assertReadOrRefused(byte[] bytes) {
        try {
            CollectionFile file = reader.read(bytes);
            assertThat(file.rows().size() + file.rejected().size()).isPositive();
        } catch (UnusableCollectionFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
