package io.kopilka.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.kopilka.api.Health;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers health checks with one cheap query of the schema version table. */
@Component(service = Health.class)
public class HealthImpl implements Health {

    private static final Logger LOG = LoggerFactory.getLogger(HealthImpl.class);

    private final Database db;

    @Activate
    public HealthImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Report check() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM kopilka_schema")) {
            rs.next();
            return new Report(true, c.getMetaData().getDatabaseProductName(), rs.getInt(1));
        } catch (SQLException e) {
            LOG.warn("Health check: the database does not answer", e);
            return new Report(false, "unavailable", 0);
        }
    }
}
