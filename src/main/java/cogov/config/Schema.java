package cogov.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A declarative description of an input file: one {@link Field} per key with its type, default, unit,
 * allowed range, description and the source of its default. Validation, default filling, the resolved
 * YAML writer and the generated documentation all read the same definitions, so they cannot disagree.
 */
final class Schema {

    private Schema() {
    }

    /** The value types a key can have. */
    enum Kind {
        INT("integer"), LONG("integer (64-bit)"), DOUBLE("number"), BOOL("true/false"), STRING("text"),
        ENUM("one of"), DIST("distribution"), OBJECT("mapping"), LIST("list of mappings");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** An allowed numeric interval; open ends exclude the bound. */
    record Range(double min, boolean minOpen, double max, boolean maxOpen) {

        static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
        static final Range SHARE = new Range(0, false, 1, false);

        boolean contains(double v) {
            boolean aboveMin = minOpen ? v > min : v >= min;
            boolean belowMax = maxOpen ? v < max : v <= max;
            return aboveMin && belowMax;
        }

        boolean isAny() {
            return equals(ANY);
        }

        /** Human wording such as {@code between 0 and 1} or {@code greater than 0 and at most 1000}. */
        String describe() {
            boolean hasMin = min != Double.NEGATIVE_INFINITY;
            boolean hasMax = max != Double.POSITIVE_INFINITY;
            if (hasMin && hasMax && !minOpen && !maxOpen) {
                return "between " + number(min) + " and " + number(max);
            }
            List<String> parts = new ArrayList<>();
            if (hasMin) {
                parts.add((minOpen ? "greater than " : "at least ") + number(min));
            }
            if (hasMax) {
                parts.add((maxOpen ? "less than " : "at most ") + number(max));
            }
            return String.join(" and ", parts);
        }

        /** Compact form for tables: {@code 0..1}, {@code >0..1000}. */
        String compact() {
            if (isAny()) {
                return "any";
            }
            String lo = min == Double.NEGATIVE_INFINITY ? "" : (minOpen ? ">" : "") + number(min);
            String hi = max == Double.POSITIVE_INFINITY ? "" : (maxOpen ? "<" : "") + number(max);
            if (hi.isEmpty()) {
                return (minOpen ? "" : ">=") + lo;
            }
            return lo + ".." + hi;
        }
    }

    /** Numbers as people write them: whole numbers without {@code .0} or exponent. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * One key. {@code defaultValue} is typed (Integer, Long, Double, Boolean, String, DistributionSpec,
     * or a list of resolved item maps) and null for required keys and mappings (whose defaults are their
     * fields' defaults).
     */
    record Field(String key, Kind kind, boolean required, Object defaultValue, String defaultText, String unit,
            Range range, List<String> choices, ObjectType object, int minItems, Pattern pattern, String patternHint,
            Range explicitValueRange, boolean loaderOnly, boolean setting, boolean configSwitch, String description,
            String source, Uncertainty uncertainty, Map<String, Uncertainty> parameterUncertainty,
            Alternatives alternatives) {

        boolean hasSource() {
            return source != null;
        }

        /**
         * A model parameter whose default no published source gives: no source, or a source that says its
         * size is an assumption. Run settings, switches, required keys, names and mappings are never assumptions.
         */
        boolean isAssumption() {
            if (required || loaderOnly || setting || configSwitch || kind == Kind.STRING || kind == Kind.OBJECT
                    || kind == Kind.LIST) {
                return false;
            }
            return source == null || source.contains("assumption");
        }

        /** A numeric parameter marked assumption: the sensitivity work needs its uncertainty range. */
        boolean needsUncertainty() {
            return isAssumption() && (kind == Kind.INT || kind == Kind.LONG || kind == Kind.DOUBLE);
        }

        /**
         * A distribution marked assumption: each parameter of its default distribution (a normal's mean and
         * sd) needs its own uncertainty range, declared with {@code paramUnc}.
         */
        boolean needsParameterUncertainty() {
            return isAssumption() && kind == Kind.DIST;
        }

        /**
         * A true/false or choice key marked assumption (a structural assumption): it needs its plausible
         * {@link Alternatives}, declared with {@code alternatives}.
         */
        boolean needsAlternatives() {
            return isAssumption() && (kind == Kind.BOOL || kind == Kind.ENUM);
        }

        /**
         * What is wrong with this key's uncertainty declaration at {@code path}: an assumption (number,
         * distribution parameter, true/false or choice) without its range or alternatives, alternatives that
         * are not plausible values of the key, or a range or alternatives on a key that is no assumption (a
         * switch, a run setting, a sourced value). Empty when the declaration is complete.
         */
        List<String> uncertaintyProblems(String path) {
            List<String> problems = new ArrayList<>();
            boolean numeric = kind == Kind.INT || kind == Kind.LONG || kind == Kind.DOUBLE;
            String role = configSwitch ? "a switch" : setting ? "a run setting" : "not an assumption";
            if (!isAssumption()) {
                if (uncertainty != null || !parameterUncertainty.isEmpty() || alternatives != null) {
                    problems.add(path + " is " + role + ", so it declares no uncertainty range or alternatives");
                }
                return problems;
            }
            if (numeric && uncertainty == null) {
                problems.add(path + " is an assumed number without an uncertainty range (unc)");
            }
            if (needsParameterUncertainty() && defaultValue instanceof DistributionSpec d) {
                for (String parameter : d.parameters().keySet()) {
                    if (!parameterUncertainty.containsKey(parameter)) {
                        problems.add(path + "." + parameter + " is an assumed distribution's parameter without an"
                                + " uncertainty range (paramUnc)");
                    }
                }
            }
            if (!needsAlternatives()) {
                if (alternatives != null) {
                    problems.add(path + " is a " + kind.label + ", so it takes an uncertainty range, not alternatives");
                }
                return problems;
            }
            if (alternatives == null) {
                problems.add(path + " is an assumed " + (kind == Kind.BOOL ? "true/false" : "choice")
                        + " key without its plausible alternatives (alternatives), or a switch not declared as one"
                        + " (configSwitch)");
                return problems;
            }
            List<Object> allowed = kind == Kind.BOOL ? List.of(Boolean.TRUE, Boolean.FALSE) : List.copyOf(choices);
            if (alternatives.values().size() < 2 || alternatives.values().stream().distinct().count()
                    != alternatives.values().size()) {
                problems.add(path + ": alternatives need at least two different values (got " + alternatives.values() + ")");
            }
            if (!allowed.containsAll(alternatives.values())) {
                problems.add(path + ": alternatives " + alternatives.values() + " are not all allowed values " + allowed);
            }
            if (!alternatives.values().contains(defaultValue)) {
                problems.add(path + ": alternatives " + alternatives.values() + " leave out the default " + defaultValue);
            }
            if (alternatives.reason() == null || alternatives.reason().isBlank()) {
                problems.add(path + ": alternatives need a reason");
            }
            return problems;
        }
    }


    /** An ordered set of fields: a mapping in the file. */
    static final class ObjectType {
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final List<Field> ordered;

        ObjectType(List<Field> fields) {
            for (Field f : fields) {
                this.fields.put(f.key(), f);
            }
            this.ordered = List.copyOf(this.fields.values());
        }

        List<Field> fields() {
            return ordered;
        }

        Field field(String key) {
            return fields.get(key);
        }

        List<String> keys() {
            return Collections.unmodifiableList(new ArrayList<>(fields.keySet()));
        }
    }

    static ObjectType object(F... builders) {
        List<Field> list = new ArrayList<>();
        for (F b : builders) {
            list.add(b.build());
        }
        return new ObjectType(list);
    }

    static F intKey(String key, int def) {
        return new F(key, Kind.INT, def);
    }

    static F longKey(String key, long def) {
        return new F(key, Kind.LONG, def);
    }

    static F doubleKey(String key, double def) {
        return new F(key, Kind.DOUBLE, def);
    }

    static F share(String key, double def) {
        return new F(key, Kind.DOUBLE, def).unit("share").range(0, 1);
    }

    static F boolKey(String key, boolean def) {
        return new F(key, Kind.BOOL, def);
    }

    static F stringKey(String key, String def) {
        return new F(key, Kind.STRING, def);
    }

    static F enumKey(String key, String def, List<String> choices) {
        F f = new F(key, Kind.ENUM, def);
        f.choices = List.copyOf(choices);
        return f;
    }

    /** An enum key whose choices are the constants' {@link Keyed#key()} spellings, bound to that enum. */
    static <E extends Enum<E> & Keyed> F enumKey(String key, E def, Class<E> type) {
        List<String> choices = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            choices.add(e.key());
        }
        return enumKey(key, def == null ? null : def.key(), choices);
    }

    static F distKey(String key, DistributionSpec def) {
        return new F(key, Kind.DIST, def);
    }

    static F objectKey(String key, ObjectType type) {
        F f = new F(key, Kind.OBJECT, null);
        f.object = type;
        return f;
    }

    static F listKey(String key, ObjectType itemType, List<Map<String, Object>> def) {
        F f = new F(key, Kind.LIST, def);
        f.object = itemType;
        return f;
    }

    /** Mutable builder for a {@link Field}; only used while the schema is being declared. */
    static final class F {
        private final String key;
        private final Kind kind;
        private Object def;
        private boolean required;
        private String defaultText;
        private String unit = "";
        private Range range = Range.ANY;
        private List<String> choices = List.of();
        private ObjectType object;
        private int minItems;
        private Pattern pattern;
        private String patternHint;
        private Range explicitValueRange = Range.ANY;
        private boolean loaderOnly;
        private boolean setting;
        private boolean configSwitch;
        private String description = "";
        private String source;
        private Uncertainty uncertainty;
        private final Map<String, Uncertainty> parameterUncertainty = new LinkedHashMap<>();
        private Alternatives alternatives;

        F(String key, Kind kind, Object def) {
            this.key = key;
            this.kind = kind;
            this.def = def;
        }

        F required() {
            required = true;
            def = null;
            return this;
        }

        F unit(String u) {
            unit = u;
            return this;
        }

        F range(double min, double max) {
            range = new Range(min, false, max, false);
            return this;
        }

        F rangeAboveZero(double max) {
            range = new Range(0, true, max, false);
            return this;
        }

        F atLeast(double min) {
            range = new Range(min, false, Double.POSITIVE_INFINITY, false);
            return this;
        }

        F minItems(int n) {
            minItems = n;
            return this;
        }

        F pattern(String regex, String hint) {
            pattern = Pattern.compile(regex);
            patternHint = hint;
            return this;
        }

        F explicitValues(double min, double max) {
            explicitValueRange = new Range(min, false, max, false);
            return this;
        }

        F loaderOnly() {
            loaderOnly = true;
            return this;
        }

        /** A run setting (length, seed), not a model parameter: never an assumption. */
        F setting() {
            setting = true;
            return this;
        }

        /**
         * A switch: a configuration choice the user makes (a mechanism or model part on or off, a formulation
         * selected for docking, an output option), not an uncertain parameter, so never an assumption and
         * without an uncertainty range or alternatives.
         */
        F configSwitch() {
            configSwitch = true;
            return this;
        }

        /**
         * The plausible values of a structural assumption (a true/false or choice key), the default among
         * them, and why (see {@link Alternatives}); choice values are given by their spelling in the file or
         * as the {@link Keyed} enum constant.
         */
        F alternatives(String reason, Object... values) {
            List<Object> spelled = new ArrayList<>();
            for (Object v : values) {
                spelled.add(v instanceof Keyed k ? k.key() : v);
            }
            alternatives = new Alternatives(spelled, reason);
            return this;
        }

        /** The plausible interval of an assumed default, and why (see {@link Uncertainty}). */
        F unc(double lo, double hi, String reason) {
            uncertainty = new Uncertainty(lo, hi, reason);
            return this;
        }

        /**
         * The plausible interval of one parameter of an assumed default distribution ({@code mean},
         * {@code sd}, ...), and why; it is what a sensitivity design varies as {@code KEY.PARAMETER}.
         */
        F paramUnc(String parameter, double lo, double hi, String reason) {
            parameterUncertainty.put(parameter, new Uncertainty(lo, hi, reason));
            return this;
        }

        F defaultText(String text) {
            defaultText = text;
            return this;
        }

        F desc(String text) {
            description = text;
            return this;
        }

        /** The default comes from this published source (otherwise it is an assumption). */
        F src(String text) {
            source = text;
            return this;
        }

        Field build() {
            return new Field(key, kind, required, def, defaultText, unit, range, choices, object, minItems, pattern,
                    patternHint, explicitValueRange, loaderOnly, setting, configSwitch, description, source, uncertainty,
                    Collections.unmodifiableMap(new LinkedHashMap<>(parameterUncertainty)), alternatives);
        }
    }
}
