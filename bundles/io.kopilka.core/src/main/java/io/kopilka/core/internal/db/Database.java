package io.kopilka.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kopilka's database: migrates the schema when it starts, then runs units of work in transactions. A transaction that
 * loses a deadlock, times out on a lock or trips a unique constraint raced by another transaction is run again from
 * the start (up to {@value #ATTEMPTS} times), so that callers see either the whole work done once or a clear error.
 */
@Component(service = Database.class)
public class Database {

    static final int ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Deadlock, lock timeout (Derby, PostgreSQL), serialization failure, unique violation. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40XL1", "40XL2", "40P01", "23505");

    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final IdBlocks ids;

    @Activate
    public Database(@Reference(target = "(osgi.jndi.service.name=jdbc/kopilka)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=kopilka)") EntityManagerFactory emf) {
        this.dataSource = dataSource;
        this.emf = emf;
        int version = new SchemaMigrator(dataSource).migrate();
        this.ids = new IdBlocks(dataSource);
        LOG.info("Kopilka database ready at schema version {}", version);
    }

    @Deactivate
    void deactivate() {
        ids.close();
    }

    /** The id blocks of the ledger and receipt tables. */
    public IdBlocks ids() {
        return ids;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction and commits it; rolls back and rethrows on any exception. */
    public <T> T tx(Function<EntityManager, T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (!retryable(e)) {
                    throw e;
                }
                last = e;
                LOG.debug("Transaction attempt {} lost a race, running it again", attempt, e);
                pause(attempt);
            }
        }
        throw last;
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * The JDBC connection of {@code em}'s transaction, begun on it if JPA has not touched the database yet: JDBC and
     * JPA work on it commit or roll back together, and JPA reads see the JDBC writes.
     */
    public static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("No transaction is active on this entity manager");
        }
        return c;
    }

    /** Runs read-only JDBC work on a pooled connection of its own (each statement sees committed data). */
    public <T> T readJdbc(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs JDBC work on the connection of {@code em}'s transaction; an SQL error fails (and may retry) the transaction. */
    public static <T> T jdbc(EntityManager em, SqlWork<T> work) {
        try {
            return work.apply(connection(em));
        } catch (SQLException e) {
            throw new IllegalStateException("Database work failed: " + e.getMessage(), e);
        }
    }

    /** Runs read-only work with its own entity manager. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private <T> T once(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            // one connection from the start: reads before the first write run in the transaction, not auto-committed
            connection(em);
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && RETRYABLE.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
