package io.cardvault.domain.price;

import java.util.Optional;

/**
 * Who graded a slab. {@link #OTHER} is a price that names no company: PriceCharting's
 * cross-company grade buckets (7, 8, 9, 9.5) and its unexplained {@code pc17}/{@code pc18}
 * buckets. Those are never presented as PSA or BGS.
 */
public enum GradingCompany {
    PSA("psa"),
    BGS("bgs"),
    CGC("cgc"),
    SGC("sgc"),
    ACE("ace"),
    TAG("tag"),
    OTHER("other");

    private final String code;

    GradingCompany(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<GradingCompany> find(String code) {
        return Codes.find(GradingCompany.class, GradingCompany::code, code);
    }

    public static GradingCompany fromCode(String code) {
        return Codes.require(GradingCompany.class, GradingCompany::code, code, "grading company");
    }
}
