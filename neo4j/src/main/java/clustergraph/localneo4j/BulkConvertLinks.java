package clustergraph.localneo4j;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relationship pass of a bulk conversion in the JVM: the same rows, `_hash` and files as the TypeScript
 * conversion (src/import/bulk/relationshipGroup.ts), several times faster, for the large loads of issue 19.
 *
 * <p>Started by src/import/bulk/jvmConversion.ts after the node pass, with a spec file it writes from the
 * TypeScript model: each relationship kind's columns and cell parsers, its row checks, the labels its ends may
 * have, the collaboration models, and the catalogue of ids the node pass made. The rules stay in the model; this
 * class only knows how to run the parsers and checks the spec names. It converts rows that pass every check and
 * <em>nothing else</em>: at the first row the TypeScript conversion would refuse (or one it reads in a way this
 * reader does not, such as a quoted field across lines) it prints {@code fallback<TAB>reason} and exits with
 * code 3, and the caller converts the files in Node, which words every refusal. So refusals and their messages
 * exist in one place only. tests/integration/import/jvmConversion.int.test.ts holds the files of both byte for
 * byte. When the spec names node files, {@link BulkConvertNodes} writes them in a thread of its own.
 *
 * <p>Output (stdout, tab-separated lines): {@code progress rows}, then per group {@code file group index rows},
 * {@code type group TYPE rows cited sample}, {@code output group path TYPE rows} and {@code group group rows ms
 * cpuMs multiline}; for node files {@code nodeOutput path labels rows}, {@code nodeCreated label n} and
 * {@code nodeGroup rows ms cpuMs multiline}, or {@code nodeFallback reason}.
 */
public final class BulkConvertLinks {
    private BulkConvertLinks() {}

    /** Thrown at the first row the fast path does not convert; the whole conversion falls back to Node. */
    static final class Fallback extends RuntimeException {
        Fallback(String reason) {
            super(reason, null, false, false);
        }
    }

    static final char LIST_DELIMITER = '\u001f';
    static final int PROGRESS_STEP = 100_000;

    // The spec.
    static String today;
    static String[] sampleMarkers = new String[0];
    /** The collaboration model by the labels of both ends (labels are the catalogue's interned strings). */
    static final Map<String, Map<String, String>> models = new HashMap<>();
    static final List<Kind> kinds = new ArrayList<>();
    static final List<InputFile> files = new ArrayList<>();
    static final List<Group> groups = new ArrayList<>();
    static String outDir;
    static final Catalog catalog = new Catalog();
    static final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BulkConvertLinks SPEC_FILE");
            System.exit(2);
        }
        readSpec(Path.of(args[0]));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        List<GroupResult> results = new ArrayList<>();
        for (Group group : groups) {
            GroupResult result = new GroupResult();
            results.add(result);
            Thread thread = new Thread(() -> {
                try {
                    convertGroup(group, result, failure);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }, "convert-" + group.prefix);
            threads.add(thread);
            thread.start();
        }
        // The node files, when the spec names them, in a thread of their own; a fallback there leaves only them to Node.
        BulkConvertNodes.Result nodes = new BulkConvertNodes.Result();
        AtomicReference<Throwable> nodeFailure = new AtomicReference<>();
        Thread nodeThread = null;
        if (!BulkConvertNodes.files.isEmpty()) {
            nodeThread = new Thread(() -> {
                try {
                    BulkConvertNodes.convert(nodes);
                } catch (Throwable t) {
                    nodeFailure.set(t);
                }
            }, "convert-nodes");
            nodeThread.start();
        }
        for (Thread thread : threads) thread.join();
        if (nodeThread != null) nodeThread.join();
        Throwable nodeFailed = nodeFailure.get();
        if (nodeFailed != null && !(nodeFailed instanceof Fallback)) failure.compareAndSet(null, nodeFailed);
        Throwable failed = failure.get();
        if (failed instanceof Fallback) {
            out.println("fallback\t" + oneLine(failed.getMessage()));
            out.flush();
            System.exit(3);
        }
        if (failed != null) {
            failed.printStackTrace();
            System.exit(1);
        }
        for (int g = 0; g < results.size(); g++) {
            GroupResult r = results.get(g);
            for (long[] f : r.fileRows) out.println("file\t" + g + "\t" + f[0] + "\t" + f[1]);
            for (TypeCounts t : r.types.values()) out.println("type\t" + g + "\t" + t.type + "\t" + t.rows + "\t" + t.cited + "\t" + t.sample);
            for (Output o : r.outputs.values()) out.println("output\t" + g + "\t" + o.path + "\t" + o.group + "\t" + o.rows);
            out.println("group\t" + g + "\t" + r.rows + "\t" + r.ms + "\t" + r.cpuMs + "\t" + (r.multiline ? 1 : 0));
        }
        if (nodeThread != null) {
            if (nodeFailed instanceof Fallback) {
                for (Output o : nodes.outputs.values()) Files.deleteIfExists(Path.of(o.path));
                out.println("nodeFallback\t" + oneLine(nodeFailed.getMessage()));
            } else {
                for (Output o : nodes.outputs.values()) out.println("nodeOutput\t" + o.path + "\t" + o.group + "\t" + o.rows);
                for (Map.Entry<String, long[]> c : nodes.created.entrySet()) out.println("nodeCreated\t" + c.getKey() + "\t" + c.getValue()[0]);
                out.println("nodeGroup\t" + nodes.rows + "\t" + nodes.ms + "\t" + nodes.cpuMs + "\t" + (nodes.multiline ? 1 : 0));
            }
        }
        out.flush();
    }

    /** SHA-1, as propertyHash (src/model/propertyHash.ts) computes `_hash`; every JVM ships it. */
    static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    // ---------------------------------------------------------------------------------------------------------
    // The spec

    static final class Kind {
        String type;
        boolean undirected;
        List<String> fromLabels;
        List<String> toLabels;
        boolean collaboration;
        final List<Column> columns = new ArrayList<>();
        final List<String[]> checks = new ArrayList<>();
        /** Columns that name a node (other than the ends), with the labels it may have: SUPPLIES' stage. */
        final Map<String, List<String>> endColumns = new HashMap<>();
        /** Column name -> its index in `columns`. */
        final Map<String, Integer> columnIndex = new HashMap<>();
        /** Indexes of the columns the writer and the date rules read (-1: the kind has none). */
        int sinceAt = -1;
        int untilAt = -1;
        int yearAt = -1;
        int fromAt = -1;
        int toAt = -1;
        int sourcesAt = -1;
        /** The row checks with the indexes of the columns they compare. */
        final List<Check> compiledChecks = new ArrayList<>();

        int indexOf(String column) {
            Integer c = columnIndex.get(column);
            return c == null ? -1 : c;
        }
    }

    record Check(String name, int a, int b, String arg) {}

    static final class Column {
        String name;
        boolean required;
        String parser;
        String[] args;
    }

    /** Column indexes and compiled checks of every kind, once the spec is read. */
    static void compileKinds() {
        for (Kind kind : kinds) {
            kind.sinceAt = kind.indexOf("since");
            kind.untilAt = kind.indexOf("until");
            kind.yearAt = kind.indexOf("year");
            kind.fromAt = kind.indexOf("from");
            kind.toAt = kind.indexOf("to");
            kind.sourcesAt = kind.indexOf("sources");
            for (String[] check : kind.checks) {
                String name = check[0];
                switch (name) {
                    case "notSelf", "ordered" -> kind.compiledChecks.add(new Check(name, kind.indexOf(check[1]), kind.indexOf(check[2]), null));
                    case "notFictional" -> kind.compiledChecks.add(new Check(name, -1, -1, check[1]));
                    default -> kind.compiledChecks.add(new Check(name, -1, -1, null));
                }
            }
        }
    }

    record InputFile(int index, Kind kind, String path) {}

    record Group(String prefix, int[] fileIndexes) {}

    static void readSpec(Path spec) throws IOException {
        for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "today" -> today = f[1];
                case "sampleMarkers" -> sampleMarkers = Arrays.copyOfRange(f, 1, f.length);
                case "model" -> models.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], f[3]);
                case "kind" -> {
                    Kind kind = new Kind();
                    kind.type = f[2];
                    kind.undirected = f[3].equals("1");
                    kind.fromLabels = List.of(f[4].split(","));
                    kind.toLabels = List.of(f[5].split(","));
                    kind.collaboration = f[6].equals("1");
                    if (Integer.parseInt(f[1]) != kinds.size()) throw new IllegalArgumentException("kinds out of order");
                    kinds.add(kind);
                }
                case "column" -> {
                    Column column = new Column();
                    column.name = f[2];
                    column.required = f[3].equals("1");
                    column.parser = f[4];
                    column.args = Arrays.copyOfRange(f, 5, f.length);
                    Kind kind = kinds.get(Integer.parseInt(f[1]));
                    kind.columnIndex.put(column.name, kind.columns.size());
                    kind.columns.add(column);
                }
                case "check" -> kinds.get(Integer.parseInt(f[1])).checks.add(Arrays.copyOfRange(f, 2, f.length));
                case "endColumn" -> kinds.get(Integer.parseInt(f[1])).endColumns.put(f[2], List.of(f[3].split(",")));
                case "file" -> files.add(new InputFile(Integer.parseInt(f[1]), kinds.get(Integer.parseInt(f[2])), f[3]));
                case "group" -> groups.add(new Group(f[1], Arrays.stream(f[2].split(",")).mapToInt(Integer::parseInt).toArray()));
                case "out" -> outDir = f[1];
                case "splitBytes" -> splitBytes = Long.parseLong(f[1]);
                case "catalog" -> catalog.read(Path.of(f[1]), Integer.parseInt(f[2]));
                default -> {
                    if (!BulkConvertNodes.readSpecLine(f)) throw new IllegalArgumentException("unknown spec line " + f[0]);
                }
            }
        }
        compileKinds();
        for (Kind kind : kinds) {
            for (Column column : kind.columns) {
                if (!List.of("id", "text", "oneOf", "integer", "partialDate", "nonEmptyList", "list").contains(column.parser)) {
                    throw new Fallback("no JVM twin of the cell parser " + column.parser);
                }
            }
            for (String[] check : kind.checks) {
                if (!List.of("notSelf", "notFictional", "ordered", "notFuture").contains(check[0])) throw new Fallback("no JVM twin of the row check " + check[0]);
            }
        }
    }

    /** The ids of the node pass: number, label and the first day of the founding date of each. */
    static final class Catalog {
        final HashMap<String, Integer> numbers = new HashMap<>();
        String[] labels;
        /** The first day of each founding date's period (null: no date, or not a date). */
        String[] foundedStart;
        int bound;

        void read(Path file, int bound) throws IOException {
            this.bound = bound;
            labels = new String[bound];
            foundedStart = new String[bound];
            Map<String, String> starts = new HashMap<>();
            Map<String, String> interned = new HashMap<>();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int a = line.indexOf('\t');
                    int b = line.indexOf('\t', a + 1);
                    int c = line.indexOf('\t', b + 1);
                    int number = Integer.parseInt(line.substring(0, a));
                    numbers.put(line.substring(a + 1, b), number);
                    labels[number] = interned.computeIfAbsent(line.substring(b + 1, c), k -> k);
                    String f = line.substring(c + 1);
                    if (!f.isEmpty()) {
                        foundedStart[number] = starts.computeIfAbsent(f, k -> {
                            String[] p = computePeriod(k);
                            return p == null ? null : p[0];
                        });
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One group: its files, in one thread, into files of its own

    static final class GroupResult {
        final List<long[]> fileRows = new ArrayList<>();
        final LinkedHashMap<String, TypeCounts> types = new LinkedHashMap<>();
        final LinkedHashMap<String, Output> outputs = new LinkedHashMap<>();
        long rows;
        long ms;
        long cpuMs;
        boolean multiline;
    }

    static final class TypeCounts {
        final String type;
        long rows;
        long cited;
        long sample;

        TypeCounts(String type) {
            this.type = type;
        }
    }

    static final class Output {
        final String path;
        /** What the file holds: a relationship type, or a node group's labels (comma-separated). */
        final String group;
        final BufferedWriter writer;
        /** The file under the writer, for appending another file's bytes after a flush. */
        final java.io.OutputStream stream;
        long rows;

        Output(String path, String group, String header) throws IOException {
            this.path = path;
            this.group = group;
            this.stream = Files.newOutputStream(Path.of(path));
            this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 20);
            writer.write(header);
            writer.write('\n');
        }
    }

    static void convertGroup(Group group, GroupResult result, AtomicReference<Throwable> failure) throws IOException {
        long started = System.nanoTime();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpuStarted = bean.getCurrentThreadCpuTime();
        GroupConverter converter = new GroupConverter(group.prefix, result, failure);
        try {
            for (int index : group.fileIndexes) {
                InputFile file = files.get(index);
                converter.convertFile(file);
            }
        } finally {
            for (Output o : result.outputs.values()) o.writer.close();
        }
        result.multiline = converter.encoder.multiline;
        result.ms = (System.nanoTime() - started) / 1_000_000;
        result.cpuMs = (bean.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
    }

    static final class GroupConverter {
        final String prefix;
        final GroupResult result;
        final AtomicReference<Throwable> failure;
        final Map<String, LongSet> seen = new HashMap<>();
        final Map<String, String[]> periods = new HashMap<>();
        /** `_hash` and quoted cells; its `multiline` becomes the group's. */
        final RowEncoder encoder = new RowEncoder();
        final StringBuilder json = new StringBuilder(256);
        final StringBuilder line = new StringBuilder(256);
        final StringBuilder lead = new StringBuilder(32);
        /** This group's files by kind and set of present values (a bit per column, then model, validFrom, validTo). */
        final Map<Kind, Map<Long, Output>> outputsByShape = new java.util.IdentityHashMap<>();
        /** Each file's shape and header line, for merging a second half's files (convertSplit). */
        final Map<Output, Long> shapeOf = new java.util.IdentityHashMap<>();
        final Map<Output, String> headers = new java.util.IdentityHashMap<>();
        char[] chars = new char[512];
        long progressRows;

        GroupConverter(String prefix, GroupResult result, AtomicReference<Throwable> failure) {
            this.prefix = prefix;
            this.result = result;
            this.failure = failure;
        }

        void convertFile(InputFile file) throws IOException {
            Kind kind = file.kind();
            long[] fileRows = {file.index(), 0};
            result.fileRows.add(fileRows);
            LongSet links = seen.computeIfAbsent(kind.type, k -> new LongSet());
            long size = Files.size(Path.of(file.path()));
            long splitAt = size >= splitBytes ? lineEndAfter(file.path(), size / 2) : -1;
            if (splitAt < 0) {
                convertRange(file, 0, size, fileRows, links);
            } else {
                convertSplit(file, splitAt, size, fileRows, links);
            }
            if (progressRows > 0) {
                out.println("progress\t" + progressRows);
                progressRows = 0;
            }
        }

        /**
         * A large file in two halves at a line end, the second in a thread of its own into files of its own, then
         * merged: its links checked against the first half's (a repeated link falls back, as within a half), its rows
         * appended to this group's files of the same columns, in input order, so the files are those of one pass.
         */
        void convertSplit(InputFile file, long splitAt, long size, long[] fileRows, LongSet links) throws IOException {
            GroupResult partResult = new GroupResult();
            GroupConverter part = new GroupConverter(prefix + "part-", partResult, failure);
            long[] partRows = {file.index(), 0};
            LongSet partLinks = new LongSet();
            AtomicReference<Throwable> partFailure = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    part.convertRange(file, splitAt, size, partRows, partLinks);
                } catch (Throwable t) {
                    partFailure.set(t);
                    failure.compareAndSet(null, t);
                } finally {
                    for (Output o : partResult.outputs.values()) {
                        try {
                            o.writer.close();
                        } catch (IOException e) {
                            partFailure.compareAndSet(null, e);
                        }
                    }
                }
            }, Thread.currentThread().getName() + "-part");
            thread.start();
            try {
                convertRange(file, 0, splitAt, fileRows, links);
            } finally {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            Throwable failed = partFailure.get();
            if (failed instanceof RuntimeException r) throw r;
            if (failed instanceof IOException e) throw e;
            if (failed != null) throw new IllegalStateException(failed);
            if (failure.get() != null) return;
            Kind kind = file.kind();
            partLinks.forEach(key -> {
                if (!links.add(key)) throw new Fallback(file.path() + ": a link repeated across the halves of the file");
            });
            fileRows[1] += partRows[1];
            result.rows += partResult.rows;
            progressRows += part.progressRows;
            for (TypeCounts c : partResult.types.values()) {
                TypeCounts into = result.types.computeIfAbsent(c.type, TypeCounts::new);
                into.rows += c.rows;
                into.cited += c.cited;
                into.sample += c.sample;
            }
            if (part.encoder.multiline) encoder.multiline = true;
            Map<Long, Output> shapes = outputsByShape.computeIfAbsent(kind, k -> new HashMap<>());
            Map<Long, Output> partShapes = part.outputsByShape.getOrDefault(kind, Map.of());
            for (Output partOutput : partResult.outputs.values()) {
                long bits = part.shapeOf.get(partOutput);
                Output output = shapes.get(bits);
                if (output == null) {
                    String path = Path.of(outDir, prefix + "relationships-" + kind.type + "-" + (result.outputs.size() + 1) + ".csv").toString();
                    output = new Output(path, kind.type, part.headers.get(partOutput));
                    shapes.put(bits, output);
                    result.outputs.put(kind.type + " " + bits, output);
                    shapeOf.put(output, bits);
                }
                output.writer.flush();
                appendRows(Path.of(partOutput.path), output.stream);
                output.rows += partOutput.rows;
                Files.delete(Path.of(partOutput.path));
            }
            if (partShapes.size() != partResult.outputs.size()) throw new IllegalStateException("the second half's files are not one per shape");
        }

        /** Converts the rows in bytes [start, end) of the file (the header is read from its start). */
        void convertRange(InputFile file, long start, long end, long[] fileRows, LongSet links) throws IOException {
            Kind kind = file.kind();
            TypeCounts counts = null;
            String[] header = start == 0 ? null : readHeader(file.path());
            int[] columnAt = header == null ? null : headerColumns(kind, header, file.path());
            try (FileChannel channel = FileChannel.open(Path.of(file.path()))) {
                channel.position(start);
                Reader reader = new InputStreamReader(new LimitedInputStream(Channels.newInputStream(channel), end - start), StandardCharsets.UTF_8);
                LineReader lines = new LineReader(reader, start == 0);
                String text;
                Object[] values = new Object[kind.columns.size()];
                while ((text = lines.next()) != null) {
                    if (text.isEmpty()) continue;
                    String[] fields = text.indexOf('"') < 0 ? splitPlain(text) : splitQuoted(text, lines.line);
                    if (header == null) {
                        header = trimmedHeader(fields);
                        columnAt = headerColumns(kind, header, file.path());
                        continue;
                    }
                    if (failure.get() != null) return;
                    if (fields.length != header.length) throw new Fallback(file.path() + ":" + lines.line + ": field count");
                    fileRows[1]++;
                    result.rows++;
                    if (counts == null) counts = result.types.computeIfAbsent(kind.type, TypeCounts::new);
                    counts.rows++;
                    convertRow(kind, fields, columnAt, values, links, file.path(), lines.line, counts);
                    if (++progressRows >= PROGRESS_STEP) {
                        out.println("progress\t" + progressRows);
                        progressRows = 0;
                    }
                }
                if (header == null) throw new Fallback(file.path() + ": empty file");
            }
        }

        String[] readHeader(String path) throws IOException {
            try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of(path)), StandardCharsets.UTF_8)) {
                LineReader lines = new LineReader(reader, true);
                String text;
                while ((text = lines.next()) != null) {
                    if (text.isEmpty()) continue;
                    return trimmedHeader(text.indexOf('"') < 0 ? splitPlain(text) : splitQuoted(text, lines.line));
                }
            }
            throw new Fallback(path + ": empty file");
        }

        int[] headerColumns(Kind kind, String[] header, String path) {
            Map<String, Integer> at = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                if (at.put(header[k], k) != null) throw new Fallback(path + ": column " + header[k] + " twice");
            }
            int[] columnAt = new int[kind.columns.size()];
            int known = 0;
            for (int c = 0; c < columnAt.length; c++) {
                Column column = kind.columns.get(c);
                Integer k = at.get(column.name);
                columnAt[c] = k == null ? -1 : k;
                if (k != null) known++;
                else if (column.required) throw new Fallback(path + ": missing column " + column.name);
            }
            if (known != header.length) throw new Fallback(path + ": unknown column");
            return columnAt;
        }

        /** Parses, checks and writes one row; a Fallback at the first thing the Node conversion would refuse. */
        void convertRow(Kind kind, String[] fields, int[] columnAt, Object[] values, LongSet links, String path, long lineNo, TypeCounts counts) throws IOException {
            List<Column> columns = kind.columns;
            for (int c = 0; c < values.length; c++) {
                Column column = columns.get(c);
                int at = columnAt[c];
                String cell = at < 0 ? null : jsTrim(fields[at]);
                if (cell != null && cell.isEmpty()) cell = null;
                Object value = null;
                if (cell == null) {
                    if (column.required) throw new Fallback(path + ":" + lineNo + ": " + column.name + " is required");
                } else {
                    value = parse(column, cell);
                    if (value == null) throw new Fallback(path + ":" + lineNo + ": " + column.name + " refused");
                }
                values[c] = value;
            }
            String from = (String) at(values, kind.fromAt);
            String to = (String) at(values, kind.toAt);
            String[] sources = (String[]) at(values, kind.sourcesAt);
            for (Check check : kind.compiledChecks) {
                if (!passes(check, kind, values, sources)) throw new Fallback(path + ":" + lineNo + ": row check " + check.name());
            }
            if (from == null || to == null || sources == null) throw new Fallback(path + ":" + lineNo + ": no from, to or sources");
            if (kind.undirected && to.compareTo(from) < 0) {
                String swap = from;
                from = to;
                to = swap;
            }
            Integer fromNumber = catalog.numbers.get(from);
            Integer toNumber = catalog.numbers.get(to);
            if (fromNumber == null || toNumber == null) throw new Fallback(path + ":" + lineNo + ": an end is not catalogued");
            if (!links.add((long) fromNumber * catalog.bound + toNumber)) throw new Fallback(path + ":" + lineNo + ": repeated link");
            String fromLabel = catalog.labels[fromNumber];
            String toLabel = catalog.labels[toNumber];
            if (!kind.fromLabels.contains(fromLabel) || !kind.toLabels.contains(toLabel)) throw new Fallback(path + ":" + lineNo + ": an end's label");
            for (Map.Entry<String, List<String>> end : kind.endColumns.entrySet()) {
                Object id = valueOf(kind, values, end.getKey());
                if (id == null) continue;
                Integer n = catalog.numbers.get((String) id);
                if (n == null || !end.getValue().contains(catalog.labels[n])) throw new Fallback(path + ":" + lineNo + ": " + end.getKey() + " end");
            }
            String[] start = linkStart(kind, values);
            if (start != null) {
                String[] startPeriod = period(start[1]);
                if (startPeriod != null) {
                    if (foundedAfter(startPeriod, fromNumber) || (!to.equals(from) && foundedAfter(startPeriod, toNumber))) {
                        throw new Fallback(path + ":" + lineNo + ": starts before an end was founded");
                    }
                }
            }
            boolean sample = false;
            for (String marker : sampleMarkers) {
                for (String source : sources) if (source.equals(marker)) sample = true;
            }
            if (sample) counts.sample++;
            else counts.cited++;
            write(kind, values, columnAt, sources, sample, fromNumber, toNumber, fromLabel, toLabel);
        }

        /** Whether the period ends before the catalogued id `number` was founded (dateRules.foundingProblems). */
        boolean foundedAfter(String[] startPeriod, int number) {
            String foundedStart = catalog.foundedStart[number];
            return foundedStart != null && startPeriod[1].compareTo(foundedStart) < 0;
        }

        /** The row's start as {column, text}: `since`, or a spin-off's `year`; null when unknown (dateRules.linkStart). */
        String[] linkStart(Kind kind, Object[] values) {
            Object since = at(values, kind.sinceAt);
            if (since instanceof String s) return new String[] {"since", s};
            Object year = at(values, kind.yearAt);
            if (year instanceof Long y) return new String[] {"year", Long.toString(y)};
            return null;
        }

        Object valueOf(Kind kind, Object[] values, String name) {
            Integer c = kind.columnIndex.get(name);
            return c == null ? null : values[c];
        }

        boolean passes(Check check, Kind kind, Object[] values, String[] sources) {
            switch (check.name()) {
                case "notSelf": {
                    Object own = at(values, check.a());
                    Object other = at(values, check.b());
                    return other == null || !other.equals(own);
                }
                case "notFictional":
                    for (String source : sources == null ? new String[0] : sources) if (source.equals(check.arg())) return false;
                    return true;
                case "ordered": {
                    Object start = at(values, check.a());
                    Object end = at(values, check.b());
                    if (!(start instanceof String s) || !(end instanceof String e)) return true;
                    String[] a = period(s);
                    String[] b = period(e);
                    return a == null || b == null || a[0].compareTo(b[1]) <= 0;
                }
                case "notFuture": {
                    String[] start = linkStart(kind, values);
                    if (start == null) return true;
                    String[] p = period(start[1]);
                    return p == null || p[0].compareTo(today) <= 0;
                }
                default:
                    throw new Fallback("row check " + check.name());
            }
        }

        static Object at(Object[] values, int index) {
            return index < 0 ? null : values[index];
        }

        Object parse(Column column, String text) {
            switch (column.parser) {
                case "text":
                    return text;
                case "id":
                    return isId(text) ? text : null;
                case "oneOf":
                    for (String v : column.args) if (v.equals(text)) return v;
                    return null;
                case "integer": {
                    if (!isInteger(text)) return null;
                    long n = Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text);
                    return n >= Long.parseLong(column.args[0]) && n <= Long.parseLong(column.args[1]) ? (Object) n : null;
                }
                case "partialDate":
                    return period(text) != null ? text : null;
                case "nonEmptyList": {
                    String[] items = splitList(text);
                    return items.length > 0 ? items : null;
                }
                case "list":
                    return splitList(text);
                default:
                    throw new Fallback("cell parser " + column.parser);
            }
        }

        /** {first day, last day} of YYYY, YYYY-MM or YYYY-MM-DD; null when not a real date (partialDate.periodOf). */
        String[] period(String text) {
            String[] cached = periods.get(text);
            if (cached != null) return cached.length == 0 ? null : cached;
            String[] period = computePeriod(text);
            // Dates repeat (founding and link dates, by the day): a million cover every day of several centuries.
            if (periods.size() >= 1_000_000) periods.clear();
            periods.put(text, period == null ? new String[0] : period);
            return period;
        }

        // -----------------------------------------------------------------------------------------------------
        // Writing: the row BulkCsvSink writes, `_hash` as propertyHash computes it

        void write(Kind kind, Object[] values, int[] columnAt, String[] sources, boolean sample, int fromNumber, int toNumber, String fromLabel, String toLabel) throws IOException {
            Map<String, String> modelsFrom = kind.collaboration ? models.get(fromLabel) : null;
            String model = modelsFrom == null ? null : modelsFrom.get(toLabel);
            Object since = at(values, kind.sinceAt);
            Object until = at(values, kind.untilAt);
            String validFrom = since instanceof String s ? period(s)[0] : null;
            String validTo = until instanceof String u ? period(u)[1] : null;
            // The JSON of [props, validFrom, validTo]: props = sources, illustrative, the other columns of the header
            // in the schema's order (null when empty), then the model. The line's properties follow the same order.
            StringBuilder j = json;
            j.setLength(0);
            j.append("[{\"sources\":");
            appendJsonList(j, sources);
            j.append(",\"illustrative\":").append(sample);
            StringBuilder l = line;
            l.setLength(0);
            appendCsvList(l, sources);
            l.append(sample ? ",true" : ",false");
            long shapeBits = 0;
            List<Column> columns = kind.columns;
            for (int c = 0; c < values.length; c++) {
                Column column = columns.get(c);
                String name = column.name;
                if (columnAt[c] < 0 || name.equals("from") || name.equals("to") || name.equals("sources")) continue;
                Object value = values[c];
                j.append(",\"").append(name).append("\":");
                if (value == null) {
                    j.append("null");
                    continue;
                }
                shapeBits |= 1L << c;
                if (value instanceof String s) {
                    appendJsonString(j, s);
                    appendCsvText(l, s);
                } else if (value instanceof Long n) {
                    j.append(n.longValue());
                    l.append(',').append(n.longValue());
                } else {
                    String[] items = (String[]) value;
                    appendJsonList(j, items);
                    appendCsvList(l, items);
                }
            }
            if (model != null) {
                shapeBits |= 1L << 61;
                j.append(",\"model\":");
                appendJsonString(j, model);
                appendCsvText(l, model);
            }
            j.append("},");
            appendJsonNullable(j, validFrom);
            j.append(',');
            appendJsonNullable(j, validTo);
            j.append(']');
            if (validFrom != null) {
                shapeBits |= 1L << 62;
                l.append(',').append(validFrom);
            }
            if (validTo != null) {
                shapeBits |= 1L << 63;
                l.append(',').append(validTo);
            }
            l.append('\n');
            Map<Long, Output> shapes = outputsByShape.computeIfAbsent(kind, k -> new HashMap<>());
            Output output = shapes.get(shapeBits);
            if (output == null) {
                String path = Path.of(outDir, prefix + "relationships-" + kind.type + "-" + (result.outputs.size() + 1) + ".csv").toString();
                String headerLine = header(kind, values, columnAt, model != null, validFrom != null, validTo != null);
                output = new Output(path, kind.type, headerLine);
                shapes.put(shapeBits, output);
                shapeOf.put(output, shapeBits);
                headers.put(output, headerLine);
                result.outputs.put(kind.type + " " + shapeBits, output);
            }
            output.rows++;
            BufferedWriter w = output.writer;
            lead.setLength(0);
            lead.append(fromNumber).append(',').append(toNumber).append(",\"").append(hash(j)).append('"');
            write(w, lead);
            write(w, l);
        }

        /** A builder's characters to a writer without a String copy of them. */
        void write(BufferedWriter w, StringBuilder b) throws IOException {
            int n = b.length();
            if (chars.length < n) chars = new char[n * 2];
            b.getChars(0, n, chars, 0);
            w.write(chars, 0, n);
        }

        String header(Kind kind, Object[] values, int[] columnAt, boolean model, boolean validFrom, boolean validTo) {
            StringBuilder h = new StringBuilder(":START_ID,:END_ID,_hash,sources:string[],illustrative:boolean");
            for (int c = 0; c < values.length; c++) {
                String name = kind.columns.get(c).name;
                Object value = values[c];
                if (name.equals("from") || name.equals("to") || name.equals("sources") || columnAt[c] < 0 || value == null) continue;
                h.append(',').append(name).append(value instanceof String ? "" : value instanceof Long ? ":double" : ":string[]");
            }
            if (model) h.append(",model");
            if (validFrom) h.append(",validFrom:date");
            if (validTo) h.append(",validTo:date");
            return h.toString();
        }

        String hash(StringBuilder jsonText) {
            return encoder.hash(jsonText);
        }

        void appendCsvText(StringBuilder l, CharSequence text) {
            l.append(',');
            encoder.quote(l, text);
        }

        void appendCsvList(StringBuilder l, String[] items) {
            l.append(',');
            encoder.quoteList(l, items);
        }
    }

    /**
     * What both converters encode alike, one per thread: a row's `_hash` (propertyHash: SHA-1 of its JSON, base64url)
     * and quoted cells as BulkCsvSink writes them (doubled quotes; lists joined by the list delimiter).
     */
    static final class RowEncoder {
        final MessageDigest sha1 = newSha1();
        final Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        final StringBuilder joined = new StringBuilder(64);
        byte[] jsonBytes = new byte[512];
        /** True once a quoted value held a line break: the importer must then read fields across lines. */
        boolean multiline;

        String hash(StringBuilder jsonText) {
            int n = jsonText.length();
            if (jsonBytes.length < n) jsonBytes = new byte[n * 2];
            for (int k = 0; k < n; k++) {
                char c = jsonText.charAt(k);
                if (c >= 0x80) return base64.encodeToString(sha1.digest(jsonText.toString().getBytes(StandardCharsets.UTF_8)));
                jsonBytes[k] = (byte) c;
            }
            sha1.update(jsonBytes, 0, n);
            return base64.encodeToString(sha1.digest());
        }

        void quote(StringBuilder l, CharSequence text) {
            l.append('"');
            int n = text.length();
            for (int k = 0; k < n; k++) {
                char c = text.charAt(k);
                if (c == '"') l.append('"');
                else if (c == '\n' || c == '\r') multiline = true;
                l.append(c);
            }
            l.append('"');
        }

        void quoteList(StringBuilder l, String[] items) {
            if (items.length == 0) throw new Fallback("an empty list");
            if (items.length == 1) {
                if (items[0].indexOf(LIST_DELIMITER) >= 0) throw new Fallback("a list item holds the list delimiter");
                quote(l, items[0]);
                return;
            }
            StringBuilder joined = this.joined;
            joined.setLength(0);
            for (int k = 0; k < items.length; k++) {
                if (items[k].indexOf(LIST_DELIMITER) >= 0) throw new Fallback("a list item holds the list delimiter");
                if (k > 0) joined.append(LIST_DELIMITER);
                joined.append(items[k]);
            }
            quote(l, joined);
        }
    }

    /** Files at least this large are converted in two halves, each in a thread (convertSplit); the spec may say otherwise. */
    static long splitBytes = 64L << 20;

    static String[] trimmedHeader(String[] fields) {
        String[] header = new String[fields.length];
        for (int k = 0; k < fields.length; k++) header[k] = jsTrim(fields[k]);
        return header;
    }

    /** The offset just past the first line end at or after `from`; -1 when none. */
    static long lineEndAfter(String path, long from) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(path))) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long position = from;
            while (channel.read(buffer, position) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    if (buffer.get() == '\n') return position + buffer.position();
                }
                position += buffer.limit();
                buffer.clear();
            }
        }
        return -1;
    }

    /** Appends a converted file's rows (all but its header line) to `into`. */
    static void appendRows(Path file, java.io.OutputStream into) throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                // the header line
            }
            in.transferTo(into);
        }
        into.flush();
    }

    /** At most `limit` bytes of a stream. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        long left;

        LimitedInputStream(java.io.InputStream in, long limit) {
            super(in);
            left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cells, as src/model/cells.ts and partialDate.ts read them

    /** JavaScript's String.prototype.trim: its WhiteSpace and LineTerminator characters at both ends. */
    static String jsTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsSpace(s.charAt(start))) start++;
        while (end > start && isJsSpace(s.charAt(end - 1))) end--;
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** JavaScript's `\s` (and what trim removes). */
    static boolean isJsSpace(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r');
        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** `^[a-z0-9]+(?:[-.][a-z0-9]+)*$`, at most 100 characters. */
    static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || n > 100) return false;
        boolean afterSeparator = true;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) afterSeparator = false;
            else if ((c == '-' || c == '.') && !afterSeparator) afterSeparator = true;
            else return false;
        }
        return !afterSeparator;
    }

    /** `^[+-]?\d+$` with at most 15 digits (larger numbers lie outside every range the model uses). */
    static boolean isInteger(String s) {
        int k = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (k == s.length() || s.length() - k > 15) return false;
        for (; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    /** Items separated by a bar with whitespace (or the cell's edge) on both sides, trimmed, blank ones dropped. */
    static String[] splitList(String value) {
        if (value.indexOf('|') < 0) {
            String item = jsTrim(value);
            return item.isEmpty() ? new String[0] : new String[] {item};
        }
        List<String> items = new ArrayList<>(2);
        int from = 0;
        int n = value.length();
        for (int k = 0; k <= n; k++) {
            boolean cut = k == n;
            if (!cut && value.charAt(k) == '|') {
                cut = (k == 0 || isJsSpace(value.charAt(k - 1))) && (k == n - 1 || isJsSpace(value.charAt(k + 1)));
            }
            if (cut) {
                String item = jsTrim(value.substring(from, k));
                if (!item.isEmpty()) items.add(item);
                from = k + 1;
            }
        }
        return items.toArray(new String[0]);
    }

    static String[] computePeriod(String text) {
        int n = text.length();
        if (n != 4 && n != 7 && n != 10) return null;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            boolean dash = k == 4 || k == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) return null;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        Integer month = n >= 7 ? Integer.parseInt(text.substring(5, 7)) : null;
        Integer day = n == 10 ? Integer.parseInt(text.substring(8, 10)) : null;
        if (year < 1) return null;
        if (month != null && (month < 1 || month > 12)) return null;
        if (day != null && (day < 1 || day > daysInMonth(year, month))) return null;
        int endMonth = month == null ? 12 : month;
        return new String[] {iso(year, month == null ? 1 : month, day == null ? 1 : day), iso(year, endMonth, day == null ? daysInMonth(year, endMonth) : day)};
    }

    static int daysInMonth(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    static String iso(int year, int month, int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON as JSON.stringify writes it

    static void appendJsonNullable(StringBuilder j, String s) {
        if (s == null) j.append("null");
        else appendJsonString(j, s);
    }

    static void appendJsonList(StringBuilder j, String[] items) {
        j.append('[');
        for (int k = 0; k < items.length; k++) {
            if (k > 0) j.append(',');
            appendJsonString(j, items[k]);
        }
        j.append(']');
    }

    static void appendJsonString(StringBuilder j, String s) {
        j.append('"');
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\b' -> j.append("\\b");
                case '\f' -> j.append("\\f");
                case '\n' -> j.append("\\n");
                case '\r' -> j.append("\\r");
                case '\t' -> j.append("\\t");
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(j, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                            j.append(c).append(s.charAt(++k));
                        } else {
                            appendUnicodeEscape(j, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        appendUnicodeEscape(j, c);
                    } else {
                        j.append(c);
                    }
                }
            }
        }
        j.append('"');
    }

    static void appendUnicodeEscape(StringBuilder j, char c) {
        String hex = Integer.toHexString(c);
        j.append("\\u");
        for (int k = hex.length(); k < 4; k++) j.append('0');
        j.append(hex);
    }

    // ---------------------------------------------------------------------------------------------------------
    // CSV, as src/import/csvRows.ts reads it

    static String[] splitPlain(String text) {
        int count = 1;
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) == ',') count++;
        String[] fields = new String[count];
        int from = 0;
        int f = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == ',') {
                fields[f++] = text.substring(from, k);
                from = k + 1;
            }
        }
        fields[f] = text.substring(from);
        return fields;
    }

    /** One line holding a quote, RFC 4180; a quoted field across lines or broken quoting falls back. */
    static String[] splitQuoted(String text, long lineNo) {
        List<String> fields = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (true) {
            if (pos < n && text.charAt(pos) == '"') {
                StringBuilder value = new StringBuilder();
                int from = pos + 1;
                while (true) {
                    int close = text.indexOf('"', from);
                    if (close < 0) throw new Fallback("line " + lineNo + ": a quoted field across lines");
                    value.append(text, from, close);
                    if (close + 1 < n && text.charAt(close + 1) == '"') {
                        value.append('"');
                        from = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
                fields.add(value.toString());
                if (pos >= n) return fields.toArray(new String[0]);
                if (text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                throw new Fallback("line " + lineNo + ": a closing quote not followed by a comma");
            }
            int end = pos;
            while (end < n && text.charAt(end) != ',' && text.charAt(end) != '"') end++;
            if (end < n && text.charAt(end) == '"') throw new Fallback("line " + lineNo + ": a quote inside an unquoted field");
            fields.add(text.substring(pos, end));
            if (end >= n) return fields.toArray(new String[0]);
            pos = end + 1;
        }
    }

    /** Lines cut at `\n` only (a `\r` before it dropped), a leading BOM dropped: csvRows.ts's record ends. */
    static final class LineReader {
        final Reader reader;
        final char[] buffer = new char[1 << 16];
        int start;
        int end;
        boolean eof;
        boolean first;
        long line;
        final StringBuilder pending = new StringBuilder();

        LineReader(Reader reader, boolean atFileStart) {
            this.reader = reader;
            this.first = atFileStart;
        }

        String next() throws IOException {
            pending.setLength(0);
            while (true) {
                if (start >= end) {
                    if (eof) {
                        if (pending.length() == 0) return null;
                        line++;
                        return finish();
                    }
                    end = reader.read(buffer, 0, buffer.length);
                    start = 0;
                    if (end < 0) {
                        end = 0;
                        eof = true;
                        continue;
                    }
                    if (first) {
                        first = false;
                        if (end > 0 && buffer[0] == '\ufeff') start = 1;
                    }
                }
                int k = start;
                while (k < end && buffer[k] != '\n') k++;
                pending.append(buffer, start, k - start);
                if (k < end) {
                    start = k + 1;
                    line++;
                    return finish();
                }
                start = end;
            }
        }

        private String finish() {
            int n = pending.length();
            if (n > 0 && pending.charAt(n - 1) == '\r') pending.setLength(n - 1);
            return pending.toString();
        }
    }

    /** A set of non-negative longs, open addressing: one per relationship type, up to millions of pairs. */
    static final class LongSet {
        long[] slots = new long[1 << 12];
        int count;

        LongSet() {
            Arrays.fill(slots, -1L);
        }

        /** False when the key was there already. */
        boolean add(long key) {
            int mask = slots.length - 1;
            int slot = mix(key) & mask;
            while (true) {
                long found = slots[slot];
                if (found == -1L) break;
                if (found == key) return false;
                slot = (slot + 1) & mask;
            }
            slots[slot] = key;
            if (++count > slots.length * 0.6) grow();
            return true;
        }

        void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            Arrays.fill(slots, -1L);
            int mask = slots.length - 1;
            for (long key : old) {
                if (key == -1L) continue;
                int slot = mix(key) & mask;
                while (slots[slot] != -1L) slot = (slot + 1) & mask;
                slots[slot] = key;
            }
        }

        void forEach(java.util.function.LongConsumer action) {
            for (long key : slots) if (key != -1L) action.accept(key);
        }

        static int mix(long key) {
            long h = key * 0x9e3779b97f4a7c15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
