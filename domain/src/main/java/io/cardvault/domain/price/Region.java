package io.cardvault.domain.price;

import java.util.Optional;

/** The market a price belongs to; v2 card detail groups raw prices by it (graded is separate). */
public enum Region {
    EU("eu"),
    US("us"),
    JP("jp"),
    GLOBAL("global");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Region> find(String code) {
        return Codes.find(Region.class, Region::code, code);
    }

    public static Region fromCode(String code) {
        return Codes.require(Region.class, Region::code, code, "region");
    }
}
