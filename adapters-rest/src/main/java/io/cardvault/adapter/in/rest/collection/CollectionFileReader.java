package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.error.UnreadableBodyException;
import io.cardvault.adapter.in.rest.collection.UnusableCollectionFileException.Problem;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded collection file (the reading half of {@code POST /collection/import}) into
 * {@link CollectionImportRow}s and {@link RejectedLine}s, after recognising its format from the
 * header row (see {@link CollectionFileFormat} for the rules). Nothing here touches the catalogue:
 * whether a row's card exists is the import use case's question.
 *
 * <h2>The formats and where their columns come from</h2>
 * Column names were taken from public descriptions of each export (read, not copied) in 2026:
 * <ul>
 *   <li>CardVault: the spec's Collection section, export columns {@code card_id, name, set, tcg,
 *       quantity, condition, variant, price_paid, current_value}, import needing {@code card_id,
 *       quantity, condition, price_paid} ({@link CardVaultRows}).</li>
 *   <li>TCGplayer app: {@code Quantity, Name, Simple Name, Set, Card Number, Set Code, Printing,
 *       Condition, Language, Rarity, Product ID, SKU}, as open-source importers of the app's
 *       export document it; printings from TCGplayer's list (Normal, Holofoil, Reverse Holofoil,
 *       1st Edition, 1st Edition Holofoil, Unlimited, Unlimited Holofoil) as TCG Collector's
 *       crawler documentation gives it ({@link TcgplayerAppRows}).</li>
 *   <li>Collectr: {@code Portfolio Name, Category, Set, Product Name, Card Number, Rarity, Variance,
 *       Grade, Card Condition, Average Cost Paid, Quantity, Market Price (As of …), Price Override,
 *       Watchlist, Date Added, Notes}, as tools that read Collectr exports list them; Collectr
 *       publishes no format description of its own ({@link CollectrRows}).</li>
 *   <li>Cardmarket: the API 2.0 stock export, {@code idArticle;idProduct;English Name;Local Name;
 *       Exp.;Exp. Name;Price;Language;Condition;Foil?;Signed?;Playset?;Altered?;Comments;Amount;
 *       onSale} (semicolons, every cell quoted), as clients of the API show it; condition codes
 *       MT/NM/EX/GD/LP/PL/PO and language numbers 1–11 from Cardmarket's API documentation
 *       ({@link CardmarketStockRows}).</li>
 *   <li>Generic: ManaBox ({@code Name, Set code, Set name, Collector number, Foil, Quantity,
 *       Purchase price, Condition, Language, Purchase price currency}), Moxfield ({@code Count, Name,
 *       Edition, Condition, Language, Foil, Collector Number, Purchase Price}), Deckbox ({@code Count,
 *       Name, Edition, Card Number, Condition, Language, Foil}) and the like, as collection-import
 *       tools describe them ({@link GenericRows}).</li>
 * </ul>
 *
 * <h2>What a file may look like</h2>
 * UTF-8 with or without a byte order mark (UTF-16 with one, as Excel's "Unicode text" writes;
 * Windows-1252 when the bytes are not UTF-8, as older Excel writes "CSV"); comma, semicolon or tab
 * between cells, whichever the header row uses most, or as an Excel {@code sep=} first line says;
 * quoted cells with delimiters, quotes and line breaks inside; blank lines anywhere. Cells are
 * data only: a cell such as {@code =HYPERLINK(…)} is a card name that will match nothing, never
 * something evaluated.
 *
 * <h2>Lines and refusals</h2>
 * Lines count from 1 with the header as line 1 ({@code sep=} line and blank lines included), and a
 * row is reported at the line it starts on. A row that cannot be read is a {@link RejectedLine} with
 * the reason; a file that cannot be read at all is an {@link UnusableCollectionFileException}: over
 * the byte cap (413), over the row cap, empty, binary, broken quoting, an unknown header, or no rows
 * (422). The caps are {@link CollectionImportLimits}.
 */
final class CollectionFileReader {

    private static final Pattern SEP_LINE = Pattern.compile("(?i)\\A[\\t ]*sep=(.)[\\t ]*(\\r\\n|\\r|\\n|\\z)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEADER_SHOWN = 8;

    private final CollectionImportLimits limits;

    CollectionFileReader(CollectionImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    CollectionImportLimits limits() {
        return limits;
    }

    /** Reads at most one byte past the cap, so an oversized upload is refused without being held whole. */
    CollectionFile read(InputStream upload) {
        return read(readCapped(upload));
    }

    private byte[] readCapped(InputStream upload) {
        try (upload) {
            return upload.readNBytes(limits.maxBytes() + 1);
        } catch (IOException e) {
            // a cut-off upload or a broken multipart boundary: the client's form, not our fault
            throw new UnreadableBodyException(400, "The uploaded file could not be read", e);
        }
    }

    CollectionFile read(byte[] bytes) {
        CollectionFileFormat[] format = new CollectionFileFormat[1];
        Table<CollectionImportRow> table = readTable(bytes, (header, names) -> {
            format[0] = formatOf(header, names);
            return format[0].rows()::read;
        });
        return new CollectionFile(format[0], table.rows(), table.rejected());
    }

    /** How the rows of a file become values, decided once its header row is read (or refused with the header). */
    @FunctionalInterface
    interface HeaderReading<R> {

        /** @throws UnusableCollectionFileException when the header is not one this reading reads */
        RowReading<R> forHeader(Header header, List<String> names);
    }

    /** One data row as a value; a {@link RejectedRowException} or a domain rejection when it is not one. */
    @FunctionalInterface
    interface RowReading<R> {

        R read(Row row);
    }

    /** A file's rows as values and the lines it had to reject, in line order. */
    record Table<R>(List<R> rows, List<RejectedLine> rejected) {

        Table {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    /** {@link #read(InputStream)} for another reading of the rows (a Cardmarket stock file as listings). */
    <R> Table<R> readTable(InputStream upload, HeaderReading<R> reading) {
        return readTable(readCapped(upload), reading);
    }

    <R> Table<R> readTable(byte[] bytes, HeaderReading<R> reading) {
        if (bytes.length > limits.maxBytes()) {
            throw new UnusableCollectionFileException(Problem.TOO_LARGE,
                    "The file is larger than " + limits.maxBytes() / 1024 + " KB; split it into smaller files");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new UnusableCollectionFileException(Problem.EMPTY, "The file is empty");
        }
        Matcher sepLine = SEP_LINE.matcher(text);
        boolean hasSepLine = sepLine.find();
        char delimiter = hasSepLine ? sepLine.group(1).charAt(0) : delimiterOf(firstLine(text));
        return parse(text, delimiter, hasSepLine, reading);
    }

    private <R> Table<R> parse(String text, char delimiter, boolean skipFirstRecord, HeaderReading<R> reading) {
        LineIndex lines = new LineIndex(text);
        CSVFormat csv = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // blank lines are skipped below, so each record's start stays exact
                .setIgnoreSurroundingSpaces(true)
                .get();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(csv).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (skipFirstRecord && records.hasNext()) {
                records.next();
            }
            Header header = null;
            int headerWidth = 0;
            RowReading<R> rowReading = null;
            int dataRows = 0;
            List<R> rows = new ArrayList<>();
            List<RejectedLine> rejected = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.lineAt(record.getCharacterPosition());
                lastLine = line;
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = Header.of(cells);
                    headerWidth = cells.size();
                    rowReading = reading.forHeader(header, cells);
                    continue;
                }
                dataRows++;
                if (dataRows > limits.maxRows()) {
                    throw new UnusableCollectionFileException(Problem.TOO_MANY_ROWS,
                            "The file has more than " + limits.maxRows() + " card rows; split it into smaller files");
                }
                readRow(rowReading, new Row(header, cells, line), cells, headerWidth, rows, rejected);
            }
            if (header == null) {
                throw new UnusableCollectionFileException(Problem.EMPTY, "The file is empty");
            }
            if (dataRows == 0) {
                throw new UnusableCollectionFileException(Problem.NO_ROWS, "The file has a header but no card rows");
            }
            return new Table<>(rows, rejected);
        } catch (UncheckedIOException | IllegalStateException | IOException brokenQuoting) {
            // commons-csv's only complaints about a String source: a quote never closed, or text after a closing quote
            throw new UnusableCollectionFileException(Problem.NOT_CSV, "The file is not valid CSV after line " + lastLine
                    + ": a quoted cell is never closed, or text follows its closing quote");
        }
    }

    private static CollectionFileFormat formatOf(Header header, List<String> names) {
        CollectionFileFormat format = CollectionFileFormat.detect(header).orElseThrow(() ->
                new UnusableCollectionFileException(Problem.UNKNOWN_HEADER, "The header row names no format CardVault reads ("
                        + "CardVault export, TCGplayer app, Collectr, Cardmarket stock, or columns for name, set, number, "
                        + "quantity and condition); it has: " + shown(names)));
        List<String> missing = format.rows().missingColumns(header);
        if (!missing.isEmpty()) {
            throw new UnusableCollectionFileException(Problem.UNKNOWN_HEADER,
                    "This looks like a " + format.label() + " but lacks the columns " + String.join(", ", missing));
        }
        return format;
    }

    private static <R> void readRow(RowReading<R> reading, Row row, List<String> cells, int headerWidth, List<R> rows,
                                    List<RejectedLine> rejected) {
        if (cells.size() > headerWidth && cells.subList(headerWidth, cells.size()).stream().anyMatch(cell -> !cell.isBlank())) {
            rejected.add(new RejectedLine(row.line(), "the row has " + cells.size() + " cells where the header has "
                    + headerWidth + "; a cell holding the delimiter must be quoted"));
            return;
        }
        try {
            rows.add(reading.read(row));
        } catch (DomainException | IllegalArgumentException unreadable) {
            // RejectedRowException is an IllegalArgumentException; the others are a value's own guard
            String reason = Optional.ofNullable(unreadable.getMessage()).filter(message -> !message.isBlank())
                    .orElse("the row could not be read");
            rejected.add(new RejectedLine(row.line(), reason));
        }
    }

    /**
     * The text of the upload. A NUL or another control character that text files do not hold means
     * the upload is not a CSV (a spreadsheet, an image, an archive), whatever its name says.
     */
    private static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnusableCollectionFileException(Problem.EMPTY, "The file is empty");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            throw new UnusableCollectionFileException(Problem.NOT_CSV,
                    "The file is a zip archive or a spreadsheet (.xlsx), not CSV; export or save it as CSV");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictly(StandardCharsets.UTF_8, bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = strictly(StandardCharsets.UTF_16, bytes, 0);
        } else {
            text = strictly(StandardCharsets.UTF_8, bytes, 0);
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        if (text == null || text.chars().anyMatch(CollectionFileReader::isBinary)) {
            throw new UnusableCollectionFileException(Problem.NOT_CSV,
                    "The file is not text; upload the CSV file your app exported");
        }
        return text;
    }

    private static String strictly(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notThisCharset) {
            return null;
        }
    }

    private static boolean isBinary(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == 0xFFFD;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    /** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
    static char delimiterOf(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String shown(List<String> names) {
        String shown = names.stream().limit(HEADER_SHOWN).map(CellValues::quoted).collect(Collectors.joining(", "));
        return names.size() > HEADER_SHOWN ? shown + ", …" : shown;
    }
}
