package cogov.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML document as a small immutable tree in which every key and value remembers the file, line and
 * column where it was written. Scenario and experiment files are read through it, so problems can be
 * located even after {@code extends} merging and command-line overrides have combined several sources.
 * It is the only place that talks to SnakeYAML's parser, and it loads safely: no type tags, no
 * arbitrary classes, bounded aliases, nesting and size.
 */
public final class YamlTree {

    /** Collections reached through more aliases than this are rejected (alias bombs). */
    public static final int MAX_ALIASES = 50;
    /** Deepest nesting of maps and lists accepted. */
    public static final int MAX_NESTING = 40;
    /** Largest input accepted, in code points. */
    public static final int MAX_CODE_POINTS = 3_000_000;

    private YamlTree() {
    }

    /**
     * Where a key or value was written. {@code line} and {@code column} are 1-based; 0 when unknown (as
     * for command-line overrides).
     */
    public record Origin(String file, int line, int column) {

        static Origin of(String file, Mark mark) {
            return mark == null ? new Origin(file, 0, 0) : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /** A value in the tree: a mapping, a list or a scalar. */
    public sealed interface Value permits MapValue, ListValue, Scalar {
        /** Where the value starts. */
        Origin origin();

        /** How the value reads in a {@code (got X)} suffix. */
        String describe();
    }

    /** A key of a mapping together with where the key itself was written. */
    public record Entry(String key, Origin keyOrigin, Value value) {
    }

    /** A mapping with string keys in document order. */
    public record MapValue(Map<String, Entry> entries, Origin origin) implements Value {

        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value of {@code key}, or null when absent. */
        public Value get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** A copy with {@code key} set (replacing any previous value in place). */
        public MapValue with(String key, Origin keyOrigin, Value value) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.put(key, new Entry(key, keyOrigin, value));
            return new MapValue(copy, origin);
        }

        /** A copy without {@code key}. */
        public MapValue without(String key) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new MapValue(copy, origin);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    public record ListValue(List<Value> items, Origin origin) implements Value {

        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as SnakeYAML's safe constructor resolves it: String, Integer, Long, BigInteger, Double,
     * Boolean, or null; {@code text} is the text as written.
     */
    public record Scalar(Object value, String text, Origin origin) implements Value {

        @Override
        public String describe() {
            if (value == null) {
                return "null";
            }
            String shown = ConfigProblems.cut(text, ConfigProblems.MAX_SHOWN);
            return value instanceof String ? "'" + shown + "'" : shown;
        }
    }

    /**
     * Parses one YAML document. Problems (malformed YAML, duplicate keys, non-string keys, limits) go to
     * {@code problems}; returns null when the text cannot be used at all. An empty document is an empty
     * mapping.
     */
    public static Value parse(String text, String file, ConfigProblems problems) {
        LoaderOptions options = loaderOptions();
        Node root;
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Origin at = Origin.of(file, e.getProblemMark());
            String what = e.getProblem() == null ? "syntax error" : e.getProblem();
            String context = e.getContext() == null ? "" : " " + e.getContext();
            problems.add(at, "", "malformed YAML: " + what + context);
            return null;
        } catch (YAMLException e) {
            problems.add(new Origin(file, 0, 0), "", describeUnmarked(e));
            return null;
        }
        if (root == null) {
            return new MapValue(Map.of(), new Origin(file, 1, 1));
        }
        return new Converter(file, problems, options).convert(root, "");
    }

    /** SnakeYAML options for untrusted input: no duplicate keys, bounded aliases, nesting and size. */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(false);
        return options;
    }

    private static String describeUnmarked(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return "too many aliases: more than " + MAX_ALIASES
                    + " references to anchored lists or mappings (rejected as a possible alias bomb)";
        }
        if (message.contains("code points")) {
            return "file too large: more than " + MAX_CODE_POINTS + " characters";
        }
        if (message.contains("Nesting Depth")) {
            return "nesting too deep: more than " + MAX_NESTING + " levels of lists and mappings";
        }
        return "unreadable YAML: " + message;
    }

    /** Turns composed SnakeYAML nodes into the tree, reporting what a scenario file may not contain. */
    private static final class Converter {
        private final String file;
        private final ConfigProblems problems;
        private final ScalarConstructor scalars;
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file, ConfigProblems problems, LoaderOptions options) {
            this.file = file;
            this.problems = problems;
            this.scalars = new ScalarConstructor(options);
        }

        Value convert(Node node, String path) {
            Origin origin = Origin.of(file, node.getStartMark());
            if (!inProgress.add(node)) {
                problems.add(origin, path, "recursive alias: a list or mapping may not contain itself");
                return new Scalar(null, "null", origin);
            }
            try {
                if (node instanceof MappingNode m) {
                    return convertMap(m, path, origin);
                }
                if (node instanceof SequenceNode s) {
                    return convertList(s, path, origin);
                }
                return convertScalar((ScalarNode) node, path, origin);
            } finally {
                inProgress.remove(node);
            }
        }

        private Value convertMap(MappingNode node, String path, Origin origin) {
            if (!Tag.MAP.equals(node.getTag())) {
                problems.add(origin, path, "type tags are not allowed (got " + node.getTag() + ")");
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Origin keyOrigin = Origin.of(file, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode sk) || Tag.MERGE.equals(keyNode.getTag())) {
                    String got = keyNode instanceof ScalarNode sk2 ? sk2.getValue() : "a list or mapping";
                    problems.add(keyOrigin, path, "keys must be plain names; merge keys (<<) and complex keys"
                            + " are not supported (got " + got + ")");
                    continue;
                }
                String key = sk.getValue();
                String childPath = ConfigProblems.join(path, key);
                if (entries.containsKey(key)) {
                    Origin first = entries.get(key).keyOrigin();
                    problems.add(keyOrigin, childPath, "duplicate key (first given at line " + first.line() + ")");
                    continue;
                }
                entries.put(key, new Entry(key, keyOrigin, convert(tuple.getValueNode(), childPath)));
            }
            return new MapValue(entries, origin);
        }

        private Value convertList(SequenceNode node, String path, Origin origin) {
            if (!Tag.SEQ.equals(node.getTag())) {
                problems.add(origin, path, "type tags are not allowed (got " + node.getTag() + ")");
            }
            List<Value> items = new ArrayList<>();
            List<Node> children = node.getValue();
            for (int i = 0; i < children.size(); i++) {
                items.add(convert(children.get(i), path + "[" + i + "]"));
            }
            return new ListValue(items, origin);
        }

        private Value convertScalar(ScalarNode node, String path, Origin origin) {
            Tag tag = node.getTag();
            boolean plainType = Tag.STR.equals(tag) || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)
                    || Tag.BOOL.equals(tag) || Tag.NULL.equals(tag);
            if (!plainType) {
                if (Tag.TIMESTAMP.equals(tag)) {
                    return new Scalar(node.getValue(), node.getValue(), origin);
                }
                problems.add(origin, path, "type tags are not allowed (got " + tag + ")");
                return new Scalar(null, node.getValue(), origin);
            }
            Object value;
            try {
                value = scalars.construct(node);
            } catch (YAMLException e) {
                problems.add(origin, path, "unreadable value (got " + node.getValue() + ")");
                value = null;
            }
            return new Scalar(value, node.getValue(), origin);
        }
    }

    /** Exposes SafeConstructor's scalar resolution (ints, floats including .nan/.inf, booleans, null). */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }

    /**
     * Builds a tree from plain Java values (Boolean, Integer, Long, Double, String, List, Map), all with
     * the given origin. A String is read as a YAML scalar, so {@code "800"} is the number 800 and
     * {@code "true"} the boolean, as if written in a file.
     */
    public static Value fromJava(Object value, Origin origin, String path, ConfigProblems problems) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                entries.put(key, new Entry(key, origin,
                        fromJava(e.getValue(), origin, ConfigProblems.join(path, key), problems)));
            }
            return new MapValue(entries, origin);
        }
        if (value instanceof List<?> list) {
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(fromJava(list.get(i), origin, path + "[" + i + "]", problems));
            }
            return new ListValue(items, origin);
        }
        if (value instanceof String s) {
            Value parsed = parse(s.isEmpty() ? "''" : s, origin.file(), new ConfigProblems());
            if (parsed instanceof Scalar sc) {
                return new Scalar(sc.value(), sc.text(), origin);
            }
            return new Scalar(s, s, origin);
        }
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Double) {
            return new Scalar(value, String.valueOf(value), origin);
        }
        if (value instanceof Float || value instanceof Short || value instanceof Byte) {
            Object widened = value instanceof Float f ? (Object) f.doubleValue() : (Object) ((Number) value).intValue();
            return new Scalar(widened, String.valueOf(value), origin);
        }
        problems.add(origin, path, "unsupported override value type " + value.getClass().getSimpleName()
                + " (got " + value + ")");
        return new Scalar(null, String.valueOf(value), origin);
    }

    /**
     * Deep merge: mappings merge per key (the override wins), everything else (lists, scalars) replaces
     * wholesale. A mapping in {@code over} for which {@code replaceWhole} holds also replaces instead of
     * merging (used for distributions: switching from normal to uniform must drop mean and sd).
     */
    public static Value merge(Value base, Value over, Predicate<MapValue> replaceWhole) {
        if (!(base instanceof MapValue b) || !(over instanceof MapValue o) || replaceWhole.test(o)) {
            return over;
        }
        Map<String, Entry> merged = new LinkedHashMap<>(b.entries());
        for (Entry e : o.entries().values()) {
            Entry old = merged.get(e.key());
            Value value = old == null ? e.value() : merge(old.value(), e.value(), replaceWhole);
            merged.put(e.key(), new Entry(e.key(), e.keyOrigin(), value));
        }
        return new MapValue(merged, o.origin());
    }
}
