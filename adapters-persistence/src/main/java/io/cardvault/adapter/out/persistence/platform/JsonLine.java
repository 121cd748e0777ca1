package io.cardvault.adapter.out.persistence.platform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One JSON object written field by field into a builder, for the bulk files' millions of lines:
 * snake_case names, nulls written (as every API answer does), strings escaped per RFC 8259. Hand
 * written rather than a JSON-P generator per line, which would allocate a generator for each record.
 */
final class JsonLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private boolean first = true;

    JsonLine(StringBuilder out) {
        this.out = out;
        out.append('{');
    }

    JsonLine text(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            quoted(value);
        }
        return this;
    }

    JsonLine number(String name, Long value) {
        name(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    JsonLine number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    JsonLine decimal(String name, BigDecimal value) {
        name(name);
        out.append(value == null ? "null" : value.stripTrailingZeros().toPlainString());
        return this;
    }

    JsonLine date(String name, LocalDate value) {
        return text(name, value == null ? null : value.toString());
    }

    JsonLine flag(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    /** Starts a nested object or array value: the caller writes it with {@link #raw}. */
    JsonLine field(String name) {
        name(name);
        return this;
    }

    StringBuilder raw() {
        return out;
    }

    void end() {
        out.append('}');
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        out.append('"').append(name).append("\":");
    }

    private void quoted(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
