package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionExportRow;
import io.cardvault.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code GET /collection/export.csv}: the spec's columns ({@code card_id, name, set, tcg,
 * quantity, condition, variant, price_paid, current_value}) then {@code price_paid_currency},
 * {@code value_currency}, {@code grading_company} and {@code grade}, so that the file imports back
 * whole. RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled.
 * Text a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with a single quote; numbers are written by us and never negative.
 */
final class CollectionCsv {

    static final List<String> COLUMNS = List.of("card_id", "name", "set", "tcg", "quantity", "condition", "variant",
            "price_paid", "current_value", "price_paid_currency", "value_currency", "grading_company", "grade");

    private CollectionCsv() {
    }

    static String write(List<CollectionExportRow> rows, String valueCurrency) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        for (CollectionExportRow row : rows) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            cells.add(Long.toString(row.card().value()));
            cells.add(text(row.name()));
            cells.add(text(row.set()));
            cells.add(text(row.game()));
            cells.add(Integer.toString(row.quantity()));
            cells.add(row.condition().name());
            cells.add(text(row.variant().orElse("")));
            cells.add(row.pricePaid().map(CollectionCsv::amount).orElse(""));
            cells.add(row.currentValue().map(CollectionCsv::amount).orElse(""));
            cells.add(row.pricePaid().map(paid -> paid.currency().getCurrencyCode()).orElse(""));
            cells.add(valueCurrency);
            cells.add(row.grading().map(grading -> grading.company().name()).orElse(""));
            cells.add(text(row.grading().map(grading -> grading.grade()).orElse("")));
            line(csv, cells);
        }
        return csv.toString();
    }

    /** Text safe to open in a spreadsheet: a leading formula character is neutralised with a quote. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
