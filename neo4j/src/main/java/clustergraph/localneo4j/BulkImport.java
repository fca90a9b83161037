package clustergraph.localneo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import picocli.CommandLine;

/**
 * Runs Neo4j's own bulk importer (the engine behind {@code neo4j-admin database import full}) into the data
 * folder of the local Neo4j, which must not be running.
 *
 * <p>Started by src/graph/local/bulkImport.ts as a child process: {@code --home DIR} is the folder the local
 * Neo4j is started with (its neo4j_home); every later argument goes to the import command unchanged. The same
 * home makes the importer write where {@link LocalNeo4j} will read: DIR/data/databases/neo4j and
 * DIR/data/transactions/neo4j. The exit code is the import command's (0 on success).
 */
public final class BulkImport {
    private BulkImport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[0].equals("--home")) {
            System.err.println("LOCAL_NEO4J_ERROR BAD_ARGUMENTS usage: --home DIR <import arguments>");
            System.exit(2);
            return;
        }
        Path home = Path.of(args[1]).toAbsolutePath();
        // An empty conf folder of our own: the importer reads neo4j.conf from it, and no user file changes the run.
        Path conf = home.resolve("bulk-import-conf");
        Files.createDirectories(conf);
        String[] importArgs = Arrays.copyOfRange(args, 2, args.length);
        ExecutionContext context = new ExecutionContext(home, conf, System.out, System.err, new DefaultFileSystemAbstraction());
        int code = new CommandLine(new ImportCommand.Full(context)).execute(importArgs);
        System.out.flush();
        System.exit(code);
    }
}
