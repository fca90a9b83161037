package clustergraph.localneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * The project's own local Neo4j: an embedded Neo4j Community with its Bolt connector on loopback.
 *
 * <p>Started by src/graph/local/ as a child process. Its contract with that code is line based:
 * one line {@code LOCAL_NEO4J_READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts
 * authenticated connections, or one line {@code LOCAL_NEO4J_ERROR KIND message} on stderr and a
 * non-zero exit, where KIND is PORT_IN_USE, DATA_LOCKED, BAD_ARGUMENTS or FAILED.
 *
 * <p>The password of user neo4j comes from the environment (CLUSTERGRAPH_LOCAL_NEO4J_PASSWORD), never
 * from the command line, so it does not show in the process list. Before the first start (no system database
 * yet) it is written as the initial password (data/dbms/auth.ini, as {@code neo4j-admin dbms
 * set-initial-password} does), so Neo4j creates user neo4j with it; on a kept store it is compared with the
 * stored credential, and only a changed password runs {@code ALTER USER}. Both avoid a write to the system
 * database on every start; READY still waits for a first {@code RETURN 1}, so Cypher's classes are loaded by then.
 */
public final class LocalNeo4j {
    private static final String PASSWORD_ENV = "CLUSTERGRAPH_LOCAL_NEO4J_PASSWORD";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("BAD_ARGUMENTS", e.getMessage());
            return;
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.length() < 8) {
            fail("BAD_ARGUMENTS", PASSWORD_ENV + " must hold a password of at least 8 characters");
            return;
        }

        boolean passwordWritten;
        try {
            passwordWritten = writeInitialPasswordBeforeFirstStart(options.dataDir, password);
        } catch (Throwable e) {
            fail("FAILED", describe(e));
            return;
        }

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty's graceful shutdown waits a quiet period (5 s by default) for new tasks on each of
                    // Bolt's two event-loop groups, after Neo4j has already closed every connection: 10 s of
                    // every stop spent idle. Nothing can arrive once the connections are gone.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            fail(classify(e), describe(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run shutdown hooks: a clean shutdown flushes the store so the data survives.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "local-neo4j-shutdown"));

        try {
            if (passwordWritten) {
                removeInitialPasswordFile(options.dataDir);
            } else {
                ensurePassword(service, password);
            }
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            // READY promises a Neo4j that answers Cypher at its usual speed. The JVM's first statement loads the
            // parser, planner and runtime classes (seconds); without this, the first requests after READY paid
            // for it, and a server recovering from an outage stalled on them (neo4jOutage.int.test.ts).
            db.executeTransactionally("RETURN 1");
            HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bolt == null) {
                throw new IllegalStateException("the Bolt connector did not start");
            }
            System.out.println("LOCAL_NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
            System.out.flush();
        } catch (Throwable e) {
            fail(classify(e), describe(e));
            return;
        }

        if (options.exitOnStdinEof) {
            // The parent holds our stdin open; EOF means it died without stopping us, so we leave no orphan.
            Thread watchdog = new Thread(() -> {
                drain(System.in);
                System.exit(0);
            }, "local-neo4j-parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes the initial password file when the system database does not exist yet, and says whether it did.
     * Neo4j reads the file once, when it creates the system database and its user neo4j; the file holds a salted
     * hash, written owner-only, and is removed by {@link #removeInitialPasswordFile} once Neo4j has started.
     */
    private static boolean writeInitialPasswordBeforeFirstStart(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path systemStore = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).databaseDirectory();
        if (Files.exists(systemStore)) {
            return false;
        }
        Path authFile = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(authFile.getParent());
        Files.deleteIfExists(authFile);
        Files.createFile(authFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository users = new FileUserRepository(fs, authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher());
            users.create(new User("neo4j", null, credential, false, false));
            users.shutdown();
        }
        return true;
    }

    /** Neo4j has created user neo4j from the file by now (or failed to start); the hash need not stay on disk. */
    private static void removeInitialPasswordFile(Path home) throws IOException {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Files.deleteIfExists(CommunitySecurityModule.getInitialUserRepositoryFile(config));
    }

    /**
     * On a kept store: leaves user neo4j alone when its stored credential already matches the password (read
     * through the core API, no Cypher), else sets it with ALTER USER (a password changed in the environment).
     */
    private static void ensurePassword(DatabaseManagementService service, String password) throws Exception {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean current;
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", "neo4j");
            current = user != null
                    && !Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", Boolean.FALSE))
                    && user.getProperty("credentials", null) instanceof String stored
                    && SystemGraphCredential.deserialize(stored, new SecureHasher()).matchesPassword(UTF8.encode(password));
        }
        if (!current) {
            setPassword(system, password);
        }
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Re-setting the current password is refused by Neo4j; that is the normal case on every restart.
            if (!String.valueOf(describe(e)).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // keep reading until the parent closes the pipe
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as EOF
        }
    }

    private static String classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("PortBindException") || t instanceof java.net.BindException) {
                return "PORT_IN_USE";
            }
            if (name.endsWith("FileLockException")) {
                return "DATA_LOCKED";
            }
        }
        return "FAILED";
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (message.length() > 0) {
                message.append(" <- ");
            }
            message.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return message.toString().replace('\n', ' ');
    }

    private static void fail(String kind, String message) {
        System.err.println("LOCAL_NEO4J_ERROR " + kind + " " + message);
        System.err.flush();
        Runtime.getRuntime().halt(kind.equals("BAD_ARGUMENTS") ? 2 : 1);
    }

    /** Command line: --data DIR [--port N] [--pagecache-mb N] [--exit-on-stdin-eof]. */
    private static final class Options {
        Path dataDir;
        int port = 7687;
        long pageCacheMb = 128;
        boolean exitOnStdinEof;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> o.dataDir = Path.of(value(args, ++i, "--data")).toAbsolutePath();
                    case "--port" -> o.port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--pagecache-mb" -> o.pageCacheMb = Long.parseLong(value(args, ++i, "--pagecache-mb"));
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (o.dataDir == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            if (o.port < 0 || o.port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }
}
