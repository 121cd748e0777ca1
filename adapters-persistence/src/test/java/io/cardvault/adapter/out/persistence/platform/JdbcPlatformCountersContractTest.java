package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.LoadPlatformCountersPort;
import io.cardvault.application.port.out.LoadPlatformCountersPortContract;
import java.util.UUID;
import javax.sql.DataSource;

/** The JDBC counters on real MariaDB (embedded). */
class JdbcPlatformCountersContractTest extends LoadPlatformCountersPortContract {

    private DataSource dataSource;
    private ContractCatalogue rows;

    @Override
    protected void freshStore() {
        dataSource = TestDatabase.fresh("platform_counters_contract");
        rows = new ContractCatalogue(dataSource);
        rows.card(1, "pokemon", "Set", "Card", null, null, null);
    }

    @Override
    protected LoadPlatformCountersPort counters() {
        return new JdbcPlatformCounters(dataSource);
    }

    private long account(boolean seller) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 12);
        rows.update("INSERT INTO account (username, email, password_hash, is_seller, created_at) VALUES (?, ?, 'x', ?, NOW(3))",
                name, name + "@example.com", seller);
        return rows.single("SELECT id FROM account WHERE username = ?", name);
    }

    @Override
    protected void givenAccount(boolean seller) {
        account(seller);
    }

    @Override
    protected void givenAlert(boolean active) {
        rows.update("INSERT INTO price_alert (account_id, card_id, direction, target_amount, target_currency, created_at, triggered_at)"
                + " VALUES (?, 1, 'below', 10, 'EUR', NOW(3), " + (active ? "NULL" : "NOW(3)") + ")", account(false));
    }
}
