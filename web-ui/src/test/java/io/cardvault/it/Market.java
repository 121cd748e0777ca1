package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the marketplace ITs share: a well-known card of the imported catalogue, traders signed up
 * fresh (a seller already set up), listings made through the API, and the calls as one trader.
 */
final class Market {

    private static long charizard;

    private Market() {
    }

    /** Base Set Charizard (English), once the catalogue import has written it. */
    static synchronized long charizard() {
        if (charizard == 0) {
            Catalogue.awaitImported();
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                    + System.getProperty("cardvault.it.dbPort", "3317") + "/cardvault?user=root&sslMode=disable");
                 Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT c.id FROM card c JOIN card_set s ON s.id = c.set_id"
                         + " WHERE s.name = 'Base Set' AND s.language = 'en' AND c.name = 'Charizard' ORDER BY c.id LIMIT 1")) {
                if (!rows.next()) {
                    throw new IllegalStateException("Base Set Charizard is not in the catalogue");
                }
                charizard = rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the catalogue", e);
            }
        }
        return charizard;
    }

    static Api.Reply as(String cookie, String method, String path, String body) {
        return Api.call(method, path, body, "Cookie", cookie);
    }

    /** A fresh account set up as a seller; its session cookie. */
    static String seller(String stem) {
        String cookie = Api.registerSession(stem);
        Api.Reply setUp = as(cookie, "POST", "/seller/setup", "{\"display_name\":\"" + stem + " cards\",\"country\":\"nl\"}");
        assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);
        return cookie;
    }

    /** The username behind a session. */
    static String username(String cookie) {
        return as(cookie, "GET", "/auth/me", null).json().asJsonObject().getString("username");
    }

    /** A new listing of Charizard by this seller (the JSON is the rest of the body); its answer. */
    static JsonObject list(String seller, String price, String extraFields) {
        Api.Reply listed = as(seller, "POST", "/seller/listings", "{\"card_id\":" + charizard() + ",\"price\":" + price
                + ",\"condition\":\"NM\"" + (extraFields.isEmpty() ? "" : "," + extraFields) + "}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        return listed.json().asJsonObject();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    /** A refusal in the marketplace's shape: the status, the code as detail, and the current status when one is named. */
    static JsonObject refused(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getString("detail")).as(reply.body()).isEqualTo(code);
        return body;
    }

    /** A buy-now sale awaiting payment: the seller's and the buyer's sessions and the transaction's id. */
    record Sale(String seller, String buyer, long transaction) {
    }

    /** A fresh seller lists Charizard at {@code price} and a fresh buyer buys it now. */
    static Sale sale(String stem, String price) {
        String seller = seller(stem + "-s");
        String buyer = Api.registerSession(stem + "-b");
        long listing = id(list(seller, price, ""));
        Api.Reply bought = as(buyer, "POST", "/api/listings/" + listing + "/buy-now", "{}");
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);
        return new Sale(seller, buyer, bought.json().asJsonObject().getJsonNumber("transaction_id").longValue());
    }
}
