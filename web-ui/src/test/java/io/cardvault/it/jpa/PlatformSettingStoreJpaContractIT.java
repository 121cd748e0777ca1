package io.cardvault.it.jpa;

import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.application.port.out.PlatformSettingStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PlatformSettingStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PlatformSettingStoreJpaContractIT extends PlatformSettingStorePortContract {

    @Inject
    PlatformSettingStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Resource(lookup = "jdbc/cardvault")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(PlatformSettingStoreJpaContractIT.class).addClass(PlatformSettingStorePortContract.class);
    }

    /** The tests' database keeps rows between runs: the settings and their trail start empty for each test. */
    @Override
    protected void freshStore() {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM platform_setting_change");
            sql.executeUpdate("DELETE FROM platform_setting");
        } catch (SQLException e) {
            throw new IllegalStateException("settings not emptied", e);
        }
    }

    @Override
    protected PlatformSettingStorePort store() {
        return InTransaction.eachCall(PlatformSettingStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAdministrator() {
        return fixtures.anAccount();
    }
}
