package io.cardvault.domain.price;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A slab: the company and the grade it gave. Numeric grades run from 1 to 10 in half steps
 * ({@code "9.5"}, {@code "10"}); only {@link GradingCompany#OTHER} may carry a source's own
 * bucket label such as {@code "pc17"}, whose meaning is unknown and is kept verbatim.
 */
public record Grading(GradingCompany company, String grade) {

    private static final Pattern NUMERIC = Pattern.compile("(10|[1-9])(\\.5)?");
    private static final Pattern BUCKET = Pattern.compile("pc[0-9]{1,3}");

    public Grading {
        InvalidPriceDataException.require(company != null, "a grading needs a company");
        InvalidPriceDataException.require(grade != null && !grade.isBlank(), "a grading needs a grade");
        grade = normalise(grade.strip());
        boolean numeric = NUMERIC.matcher(grade).matches() && !"10.5".equals(grade);
        boolean bucket = company == GradingCompany.OTHER && BUCKET.matcher(grade).matches();
        if (!numeric && !bucket) { // the message is built only when needed
            throw new InvalidPriceDataException("not a " + company.code() + " grade: " + grade);
        }
    }

    public static Grading of(GradingCompany company, String grade) {
        return new Grading(company, grade);
    }

    /** True for a source's own bucket whose grade meaning is unknown ({@code pc17}, {@code pc18}). */
    public boolean isUnknownBucket() {
        return !Character.isDigit(grade.charAt(0));
    }

    /** "9.0" and "09" are the same grade as "9"; anything that is not a number is kept as it is. */
    private static String normalise(String grade) {
        try {
            return new BigDecimal(grade).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notNumeric) {
            return grade.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
