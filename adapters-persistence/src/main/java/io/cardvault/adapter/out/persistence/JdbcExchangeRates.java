package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.analytics.MarketDataReadFailedException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * ECB reference rates in {@code fx_rate}: an upsert per (currency, day); the newest day read back
 * whole. Plain JDBC, not JPA: a batch of {@code INSERT … ON DUPLICATE KEY UPDATE} rows, no aggregate.
 */
@ApplicationScoped
class JdbcExchangeRates implements ExchangeRatesStorePort {

    private final DataSource dataSource;

    @Inject
    JdbcExchangeRates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcExchangeRates() {
        this.dataSource = null;
    }

    @Override
    public int store(List<EuroReferenceRates> days) {
        int written = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO fx_rate (currency, day, per_euro) VALUES (?, ?, ?) "
                     + "ON DUPLICATE KEY UPDATE per_euro = VALUES(per_euro)")) {
            for (EuroReferenceRates day : days) {
                for (Map.Entry<Currency, BigDecimal> rate : day.perEuro().entrySet()) {
                    upsert.setString(1, rate.getKey().getCurrencyCode());
                    upsert.setDate(2, Date.valueOf(day.day()));
                    upsert.setBigDecimal(3, rate.getValue());
                    upsert.addBatch();
                    written++;
                }
            }
            upsert.executeBatch();
            return written;
        } catch (SQLException e) {
            throw new MarketDataReadFailedException("cannot store exchange rates", e);
        }
    }

    @Override
    public Optional<EuroReferenceRates> latest() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT currency, day, per_euro FROM fx_rate "
                     + "WHERE day = (SELECT MAX(day) FROM fx_rate)");
             ResultSet rows = select.executeQuery()) {
            Map<Currency, BigDecimal> rates = new HashMap<>();
            LocalDate day = null;
            while (rows.next()) {
                day = rows.getDate(2).toLocalDate();
                rates.put(Currency.getInstance(rows.getString(1)), rows.getBigDecimal(3));
            }
            return day == null ? Optional.empty() : Optional.of(new EuroReferenceRates(day, rates));
        } catch (SQLException e) {
            throw new MarketDataReadFailedException("cannot read exchange rates", e);
        }
    }
}
