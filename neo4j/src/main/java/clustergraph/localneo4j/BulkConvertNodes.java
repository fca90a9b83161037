package clustergraph.localneo4j;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The node files of a bulk conversion in the JVM: the rows Node's write pass would write (src/model/nodeWriteRows.ts,
 * the bulk sink's encoding), for node files whose rows the Node scan accepted every one of. The props follow each
 * kind's recipe from the spec (NODE_WRITE_RECIPES); the common props (name, sources, search folding, founding year,
 * location) are written here as nodeWriteRows.ts writes them. Search folding is done for plain ASCII only; any other
 * text, or a number whose JavaScript spelling this class cannot be sure of, leaves the node files to Node
 * ({@link BulkConvertLinks.Fallback} caught by the caller), while the relationship files go on.
 */
final class BulkConvertNodes {
    private BulkConvertNodes() {}

    static final class NodeKind {
        String label;
        String labels;
        String nameCell;
        boolean period;
        final List<BulkConvertLinks.Column> columns = new ArrayList<>();
        final Map<String, Integer> columnIndex = new HashMap<>();
        /** Extra properties: {name, "field", cell} | {name, "constant", value} | {name, "fictional"}. */
        final List<String[]> extras = new ArrayList<>();

        int indexOf(String column) {
            Integer c = columnIndex.get(column);
            return c == null ? -1 : c;
        }
    }

    static final List<NodeKind> kinds = new ArrayList<>();
    /** Node files in the order Node writes them: {kind index, path}. */
    static final List<Object[]> files = new ArrayList<>();
    static String prefix = "jn-";

    /** Reads a node line of the spec; false when the line is not one. */
    static boolean readSpecLine(String[] f) {
        switch (f[0]) {
            case "nodeKind" -> {
                NodeKind kind = new NodeKind();
                kind.label = f[2];
                kind.labels = f[3];
                kind.nameCell = f[4];
                kind.period = f[5].equals("1");
                if (Integer.parseInt(f[1]) != kinds.size()) throw new IllegalArgumentException("node kinds out of order");
                kinds.add(kind);
            }
            case "nodeColumn" -> {
                NodeKind kind = kinds.get(Integer.parseInt(f[1]));
                BulkConvertLinks.Column column = new BulkConvertLinks.Column();
                column.name = f[2];
                column.required = f[3].equals("1");
                column.parser = f[4];
                column.args = Arrays.copyOfRange(f, 5, f.length);
                kind.columnIndex.put(column.name, kind.columns.size());
                kind.columns.add(column);
            }
            case "nodeExtra" -> kinds.get(Integer.parseInt(f[1])).extras.add(Arrays.copyOfRange(f, 2, f.length));
            case "nodeFile" -> files.add(new Object[] {Integer.parseInt(f[1]), f[2]});
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What the node thread wrote: its files and the nodes of each label. */
    static final class Result {
        final LinkedHashMap<String, BulkConvertLinks.Output> outputs = new LinkedHashMap<>();
        final LinkedHashMap<String, long[]> created = new LinkedHashMap<>();
        long rows;
        long ms;
        long cpuMs;
        boolean multiline;
    }

    /** A property of one row: its name, value (String, Long, a canonical number as Num, Boolean, String[]) or null. */
    record Num(String text) {}

    static void convert(Result result) throws IOException {
        long started = System.nanoTime();
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = bean.getCurrentThreadCpuTime();
        Writer writer = new Writer(result);
        try {
            for (Object[] file : files) writer.convertFile(kinds.get((Integer) file[0]), (String) file[1]);
        } finally {
            for (BulkConvertLinks.Output o : result.outputs.values()) o.writer.close();
        }
        result.multiline = writer.encoder.multiline;
        result.ms = (System.nanoTime() - started) / 1_000_000;
        result.cpuMs = (bean.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
    }

    static final class Writer {
        final Result result;
        final BulkConvertLinks.RowEncoder encoder = new BulkConvertLinks.RowEncoder();
        final StringBuilder json = new StringBuilder(1024);
        final StringBuilder line = new StringBuilder(1024);
        final StringBuilder shapeKey = new StringBuilder(64);
        final List<String> names = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        Writer(Result result) {
            this.result = result;
        }

        void convertFile(NodeKind kind, String path) throws IOException {
            try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of(path)), StandardCharsets.UTF_8)) {
                BulkConvertLinks.LineReader lines = new BulkConvertLinks.LineReader(reader, true);
                String[] header = null;
                int[] columnAt = null;
                Object[] cells = new Object[kind.columns.size()];
                String text;
                while ((text = lines.next()) != null) {
                    if (text.isEmpty()) continue;
                    String[] fields = text.indexOf('"') < 0 ? BulkConvertLinks.splitPlain(text) : BulkConvertLinks.splitQuoted(text, lines.line);
                    if (header == null) {
                        header = BulkConvertLinks.trimmedHeader(fields);
                        columnAt = new int[kind.columns.size()];
                        Map<String, Integer> at = new HashMap<>();
                        for (int k = 0; k < header.length; k++) at.put(header[k], k);
                        for (int c = 0; c < columnAt.length; c++) columnAt[c] = at.getOrDefault(kind.columns.get(c).name, -1);
                        continue;
                    }
                    if (fields.length != header.length) throw new BulkConvertLinks.Fallback(path + ":" + lines.line + ": field count");
                    for (int c = 0; c < cells.length; c++) {
                        BulkConvertLinks.Column column = kind.columns.get(c);
                        String cell = columnAt[c] < 0 ? null : BulkConvertLinks.jsTrim(fields[columnAt[c]]);
                        if (cell != null && cell.isEmpty()) cell = null;
                        cells[c] = cell == null ? null : parse(column, cell, path, lines.line);
                        if (cell == null && column.required) throw new BulkConvertLinks.Fallback(path + ":" + lines.line + ": " + column.name + " is required");
                    }
                    write(kind, cells);
                }
            }
        }

        Object parse(BulkConvertLinks.Column column, String text, String path, long lineNo) {
            Object value;
            switch (column.parser) {
                case "text", "nutsCode" -> value = text;
                case "id" -> value = BulkConvertLinks.isId(text) ? text : null;
                case "oneOf" -> value = Arrays.asList(column.args).contains(text) ? text : null;
                case "integer" -> value = BulkConvertLinks.isInteger(text) ? (Object) Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text) : null;
                case "decimal" -> value = canonicalDecimal(text);
                case "partialDate" -> value = BulkConvertLinks.computePeriod(text) != null ? text : null;
                case "list" -> value = BulkConvertLinks.splitList(text);
                case "nonEmptyList" -> {
                    String[] items = BulkConvertLinks.splitList(text);
                    value = items.length > 0 ? items : null;
                }
                default -> throw new BulkConvertLinks.Fallback("no JVM twin of the node cell parser " + column.parser);
            }
            // The scan accepted every row; a value this class reads otherwise is a difference to leave to Node.
            if (value == null) throw new BulkConvertLinks.Fallback(path + ":" + lineNo + ": " + column.name + " read otherwise");
            return value;
        }

        Object cell(NodeKind kind, Object[] cells, String column) {
            int c = kind.indexOf(column);
            return c < 0 ? null : cells[c];
        }

        void write(NodeKind kind, Object[] cells) throws IOException {
            String id = (String) cell(kind, cells, "id");
            String name = (String) cell(kind, cells, kind.nameCell);
            String[] sources = (String[]) cell(kind, cells, "sources");
            String[] aliases = (String[]) cell(kind, cells, "aliases");
            if (aliases != null && aliases.length == 0) aliases = null;
            String description = (String) cell(kind, cells, "description");
            String founded = (String) cell(kind, cells, "founded");
            Integer number = BulkConvertLinks.catalog.numbers.get(id);
            if (id == null || name == null || sources == null || number == null) throw new BulkConvertLinks.Fallback(id + ": not catalogued as the scan left it");
            boolean sample = false;
            boolean fictional = false;
            for (String source : sources) {
                for (String marker : BulkConvertLinks.sampleMarkers) if (source.equals(marker)) sample = true;
                if (source.equals("fictional")) fictional = true;
            }
            names.clear();
            values.clear();
            // The common props, in commonValues' order.
            List<String> folded = new ArrayList<>(2);
            addFolded(folded, name);
            if (aliases != null) for (String alias : aliases) addFolded(folded, alias);
            LinkedHashSet<String> keys = new LinkedHashSet<>(folded);
            keys.add(id);
            put("name", name);
            put("sources", sources);
            put("illustrative", sample);
            put("description", description);
            put("aliases", aliases);
            put("aliasText", aliases == null ? null : String.join(" | ", aliases));
            put("searchName", String.join(" | ", folded));
            put("searchDescription", description == null ? null : fold(description));
            put("searchKeys", keys.toArray(new String[0]));
            put("website", cell(kind, cells, "website"));
            put("founded", founded);
            put("foundedYear", founded == null ? null : (Object) Long.valueOf(founded.substring(0, 4)));
            for (String[] extra : kind.extras) {
                switch (extra[1]) {
                    case "field" -> put(extra[0], cell(kind, cells, extra[2]));
                    case "constant" -> put(extra[0], extra[2]);
                    case "fictional" -> put(extra[0], fictional);
                    default -> throw new BulkConvertLinks.Fallback("no JVM twin of the node property source " + extra[1]);
                }
            }
            Object lat = cell(kind, cells, "lat");
            Object lon = cell(kind, cells, "lon");
            boolean location = lat != null && lon != null;
            String startDate = null;
            String endDate = null;
            if (kind.period) {
                Object start = cell(kind, cells, "start");
                Object end = cell(kind, cells, "end");
                if (start instanceof String s) startDate = BulkConvertLinks.computePeriod(s)[0];
                if (end instanceof String e) endDate = BulkConvertLinks.computePeriod(e)[1];
            }
            // `_hash`: propertyHash([label, { props, location, startDate, endDate }]).
            StringBuilder j = json;
            j.setLength(0);
            j.append('[');
            BulkConvertLinks.appendJsonString(j, kind.label);
            j.append(",{\"props\":{");
            for (int k = 0; k < names.size(); k++) {
                if (k > 0) j.append(',');
                BulkConvertLinks.appendJsonString(j, names.get(k));
                j.append(':');
                appendJsonValue(j, values.get(k));
            }
            j.append("},\"location\":");
            if (location) j.append("{\"latitude\":").append(numberText(lat)).append(",\"longitude\":").append(numberText(lon)).append('}');
            else j.append("null");
            j.append(",\"startDate\":");
            BulkConvertLinks.appendJsonNullable(j, startDate);
            j.append(",\"endDate\":");
            BulkConvertLinks.appendJsonNullable(j, endDate);
            j.append("}]");
            // The line, as BulkCsvSink.writeNodes encodes it.
            StringBuilder l = line;
            l.setLength(0);
            l.append(number).append(',');
            encoder.quote(l, id);
            l.append(',');
            encoder.quote(l, encoder.hash(j));
            StringBuilder key = shapeKey;
            key.setLength(0);
            key.append(kind.labels);
            for (int k = 0; k < names.size(); k++) {
                Object value = values.get(k);
                if (value == null) continue;
                key.append(' ').append(k);
                l.append(',');
                if (value instanceof String s) encoder.quote(l, s);
                else if (value instanceof Long || value instanceof Num) l.append(numberText(value));
                else if (value instanceof Boolean b) l.append(b ? "true" : "false");
                else encoder.quoteList(l, (String[]) value);
            }
            if (location) {
                key.append(" @location");
                l.append(",\"{latitude:").append(numberText(lat)).append(",longitude:").append(numberText(lon)).append("}\"");
            }
            if (startDate != null) {
                key.append(" @startDate");
                l.append(',').append(startDate);
            }
            if (endDate != null) {
                key.append(" @endDate");
                l.append(',').append(endDate);
            }
            l.append('\n');
            String shape = key.toString();
            BulkConvertLinks.Output output = result.outputs.get(shape);
            if (output == null) {
                StringBuilder header = new StringBuilder(":ID,id,_hash");
                for (int k = 0; k < names.size(); k++) {
                    Object value = values.get(k);
                    if (value == null) continue;
                    header.append(',').append(names.get(k));
                    if (value instanceof Long || value instanceof Num) header.append(":double");
                    else if (value instanceof Boolean) header.append(":boolean");
                    else if (value instanceof String[]) header.append(":string[]");
                }
                if (location) header.append(",location:point{crs:WGS-84}");
                if (startDate != null) header.append(",startDate:date");
                if (endDate != null) header.append(",endDate:date");
                String path = Path.of(BulkConvertLinks.outDir, prefix + "nodes-" + kind.labels.replace(',', '-') + "-" + (result.outputs.size() + 1) + ".csv").toString();
                output = new BulkConvertLinks.Output(path, kind.labels, header.toString());
                result.outputs.put(shape, output);
            }
            output.rows++;
            output.writer.append(l);
            result.created.computeIfAbsent(kind.label, k -> new long[1])[0]++;
            result.rows++;
        }

        void put(String name, Object value) {
            names.add(name);
            values.add(value);
        }

        void addFolded(List<String> folded, String text) {
            String f = fold(text);
            if (!f.isEmpty()) folded.add(f);
        }

        /** foldSearchText for plain ASCII: lower case, runs of whitespace one space, trimmed; other text falls back. */
        String fold(String text) {
            StringBuilder b = new StringBuilder(text.length());
            boolean space = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c >= 0x80) throw new BulkConvertLinks.Fallback("a name, alias or description beyond ASCII: folded in Node");
                if (c == ' ' || (c >= '\t' && c <= '\r')) {
                    space = true;
                    continue;
                }
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return b.toString();
        }

        void appendJsonValue(StringBuilder j, Object value) {
            if (value == null) j.append("null");
            else if (value instanceof String s) BulkConvertLinks.appendJsonString(j, s);
            else if (value instanceof Long || value instanceof Num) j.append(numberText(value));
            else if (value instanceof Boolean b) j.append(b ? "true" : "false");
            else BulkConvertLinks.appendJsonList(j, (String[]) value);
        }

    }

    static String numberText(Object value) {
        return value instanceof Num n ? n.text() : Long.toString((Long) value);
    }

    /**
     * The JavaScript spelling of a decimal cell's number (`${Number(text)}`): the digits without a sign "+", leading
     * or trailing zeros. Exact for at most 15 significant digits and no exponent form (|x| ≥ 1e-6); anything else
     * falls back.
     */
    static Num canonicalDecimal(String text) {
        if (!text.matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)")) return null;
        boolean negative = text.charAt(0) == '-';
        String body = text.charAt(0) == '+' || negative ? text.substring(1) : text;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        String fraction = dot < 0 ? "" : body.substring(dot + 1);
        whole = whole.replaceFirst("^0+", "");
        fraction = fraction.replaceFirst("0+$", "");
        if (whole.isEmpty() && fraction.isEmpty()) return new Num("0");
        int leadingZeros = 0;
        if (whole.isEmpty()) while (leadingZeros < fraction.length() && fraction.charAt(leadingZeros) == '0') leadingZeros++;
        int significant = whole.length() + fraction.length() - leadingZeros;
        if (significant > 15 || (whole.isEmpty() && leadingZeros >= 6) || whole.length() > 15) {
            throw new BulkConvertLinks.Fallback("the number " + text + " is spelt in JavaScript");
        }
        String digits = (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
        return new Num(negative ? "-" + digits : digits);
    }
}
