package io.kopilka.core.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;

import io.kopilka.core.internal.db.Database;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A fresh embedded Derby database on disk under {@code target/derby}, with the real persistence unit and schema
 * migration, for one test class.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final EntityManagerFactory emf;
    private final Database database;
    private final String path;

    public TestDatabase(String name) {
        path = Path.of("target", "derby", name + "-" + UUID.randomUUID()).toAbsolutePath().toString();
        dataSource.setDatabaseName(path);
        dataSource.setCreateDatabase("create");
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", dataSource);
        emf = new PersistenceProvider().createEntityManagerFactory("kopilka", props);
        database = new Database(dataSource, emf);
    }

    public Database database() {
        return database;
    }

    public EmbeddedDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        emf.close();
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(path);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (java.sql.SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006
        }
    }
}
