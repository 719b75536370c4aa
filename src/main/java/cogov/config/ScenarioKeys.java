package cogov.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cogov.config.Schema.Field;
import cogov.config.Schema.Kind;
import cogov.config.Schema.ObjectType;

/**
 * The scenario keys as data, read-only: every leaf key of the scenario schema with its metadata, in
 * schema order. Sensitivity analysis and calibration read parameter ranges from here instead of
 * keeping their own lists, so a key is still declared once (in the schema, beside its record component).
 *
 * <p>Paths are dotted as in overrides; keys inside a list item use {@code []}, e.g.
 * {@code communities[].staff}. {@link #parameters()} gives the numeric keys marked assumption, each
 * with its {@link Uncertainty} range, which is what a sensitivity design varies; {@link
 * #structuralAssumptions()} the true/false and choice keys marked assumption, each with its plausible
 * {@link Alternatives}. Switches (mechanisms on or off, formulations selected for docking) are
 * {@link KeyRole#SWITCH}: configuration choices, never uncertain:
 * <pre>{@code
 * for (KeyInfo k : ScenarioKeys.parameters()) {
 *     overrides.put(k.path(), k.uncertainty().lo());
 * }
 * }</pre>
 */
public final class ScenarioKeys {

    private static final List<KeyInfo> LEAVES;
    private static final Map<String, KeyInfo> BY_PATH;
    private static final List<KeyInfo> DISTRIBUTION_NUMBERS;
    /** The parameters of assumed distributions ({@code residents.threshold.mean}), by their key's path. */
    private static final Map<String, List<KeyInfo>> DISTRIBUTION_PARAMETERS = new LinkedHashMap<>();

    static {
        List<KeyInfo> leaves = new ArrayList<>();
        collect(ScenarioSchema.SCENARIO, "", leaves);
        LEAVES = Collections.unmodifiableList(leaves);
        Map<String, KeyInfo> byPath = new LinkedHashMap<>();
        for (KeyInfo k : leaves) {
            byPath.put(k.path(), k);
        }
        List<KeyInfo> parameters = new ArrayList<>();
        for (List<KeyInfo> numbers : DISTRIBUTION_PARAMETERS.values()) {
            for (KeyInfo p : numbers) {
                parameters.add(p);
                byPath.put(p.path(), p);
            }
        }
        BY_PATH = Collections.unmodifiableMap(byPath);
        DISTRIBUTION_NUMBERS = Collections.unmodifiableList(parameters);
    }

    private ScenarioKeys() {
    }

    /** The value type of a key, as written in a scenario file. */
    public enum KeyKind {
        INTEGER, LONG, NUMBER, BOOLEAN, TEXT, CHOICE, DISTRIBUTION
    }

    /**
     * What a key's value is to the model, which decides whether it has an uncertainty range: only an
     * {@link #ASSUMPTION} does (a number's {@link Uncertainty}, a true/false or choice key's
     * {@link Alternatives}).
     */
    public enum KeyRole {
        /** A value every scenario states or a name (required keys, text): nothing to vary. */
        INPUT,
        /** A run setting (length, seed, start days), not a model parameter. */
        SETTING,
        /**
         * A configuration choice the user makes (a mechanism or model part on or off, a formulation selected
         * for docking): not uncertain, so no range; a design compares its values as configurations.
         */
        SWITCH,
        /** A default a published source gives. */
        SOURCED,
        /** A default no published source gives (or whose size is assumed): it declares how it might differ. */
        ASSUMPTION
    }

    /**
     * One leaf key.
     *
     * @param path         dotted key path ({@code residents.party_member_share}, {@code communities[].staff})
     * @param kind         value type
     * @param unit         unit, empty when none
     * @param min          smallest allowed value (numeric keys; {@code -Infinity} when unbounded)
     * @param max          largest allowed value (numeric keys; {@code Infinity} when unbounded)
     * @param defaultValue the default (Integer, Long, Double, Boolean, String or {@link DistributionSpec}),
     *                     null when required
     * @param choices      allowed spellings of a choice key, empty otherwise
     * @param description  what the key means
     * @param source       published source of the default, null when none
     * @param role         what the value is to the model: an assumption, a sourced value, a switch, ...
     * @param uncertainty  the plausible range of an assumed numeric default; null for other keys
     * @param alternatives the plausible values of an assumed true/false or choice default (a structural
     *                     assumption); null for other keys
     */
    public record KeyInfo(String path, KeyKind kind, String unit, double min, double max, Object defaultValue,
            List<String> choices, String description, String source, KeyRole role, Uncertainty uncertainty,
            Alternatives alternatives) {

        /** Whether this is a numeric key. */
        public boolean isNumeric() {
            return kind == KeyKind.INTEGER || kind == KeyKind.LONG || kind == KeyKind.NUMBER;
        }

        /** Whether the default is an assumption (no source, or one that says its size is assumed). */
        public boolean assumption() {
            return role == KeyRole.ASSUMPTION;
        }

        /** The same key at another (concrete) path, such as {@code communities[0].staff}. */
        public KeyInfo at(String concretePath) {
            return new KeyInfo(concretePath, kind, unit, min, max, defaultValue, choices, description, source, role,
                    uncertainty, alternatives);
        }
    }

    /** Every leaf key in schema order (loader-only keys such as {@code extends} excluded). */
    public static List<KeyInfo> all() {
        return LEAVES;
    }

    /** The numeric keys marked assumption, each with its uncertainty range. */
    public static List<KeyInfo> parameters() {
        return LEAVES.stream().filter(k -> k.uncertainty() != null).toList();
    }

    /**
     * The structural assumptions: true/false and choice keys marked assumption, each with its plausible
     * {@link Alternatives}. {@code all-assumptions} designs do not take them (they sample numbers); a
     * design names them when it means to vary them.
     */
    public static List<KeyInfo> structuralAssumptions() {
        return LEAVES.stream().filter(k -> k.alternatives() != null).toList();
    }

    /**
     * The parameters of each assumed distribution's default ({@code residents.threshold.mean}), each with
     * its uncertainty range, in schema order; {@link #find} knows them too. A design or calibration names
     * them explicitly (and the base scenario must state that distribution), so {@code all-assumptions}
     * does not take them.
     */
    public static List<KeyInfo> distributionParameters() {
        return DISTRIBUTION_NUMBERS;
    }

    /** The key at a dotted path, if there is one. */
    public static Optional<KeyInfo> find(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /**
     * The scenario's value of every leaf key, by concrete path in schema order: list items indexed as in
     * overrides ({@code communities[0].staff}), distributions as {@link DistributionSpec}, choices as their
     * key. {@link #schemaPath} gives each path's {@link KeyInfo}.
     */
    public static Map<String, Object> values(Scenario scenario) {
        Map<String, Object> out = new LinkedHashMap<>();
        values(ScenarioSchema.SCENARIO, ScenarioBinder.unbind(scenario), "", out);
        return out;
    }

    /** A concrete path's schema path: {@code communities[3].staff} gives {@code communities[].staff}. */
    public static String schemaPath(String concretePath) {
        return concretePath.replaceAll("\\[\\d+]", "[]");
    }

    @SuppressWarnings("unchecked")
    private static void values(ObjectType type, Map<String, Object> values, String prefix, Map<String, Object> out) {
        for (Field f : type.fields()) {
            if (f.loaderOnly()) {
                continue;
            }
            String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            Object v = values.get(f.key());
            if (f.kind() == Kind.OBJECT) {
                values(f.object(), (Map<String, Object>) v, path, out);
            } else if (f.kind() == Kind.LIST) {
                List<Map<String, Object>> items = (List<Map<String, Object>>) v;
                for (int i = 0; i < items.size(); i++) {
                    values(f.object(), items.get(i), path + "[" + i + "]", out);
                }
            } else {
                out.put(path, v);
            }
        }
    }

    private static void collect(ObjectType type, String prefix, List<KeyInfo> out) {
        for (Field f : type.fields()) {
            if (f.loaderOnly()) {
                continue;
            }
            String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            if (f.kind() == Kind.OBJECT) {
                collect(f.object(), path, out);
            } else if (f.kind() == Kind.LIST) {
                collect(f.object(), path + "[]", out);
            } else {
                out.add(info(f, path));
            }
        }
    }

    /** One parameter of an assumed distribution's default as a numeric key of its own. */
    private static void distributionParameters(Field f, String path) {
        if (f.kind() != Kind.DIST || f.parameterUncertainty().isEmpty()) {
            return;
        }
        DistributionSpec d = (DistributionSpec) f.defaultValue();
        List<KeyInfo> out = new ArrayList<>();
        for (Map.Entry<String, Uncertainty> e : f.parameterUncertainty().entrySet()) {
            String parameter = e.getKey();
            boolean spread = parameter.equals("sd");
            double min = spread ? 0 : f.explicitValueRange().min();
            double max = spread ? Double.POSITIVE_INFINITY : f.explicitValueRange().max();
            out.add(new KeyInfo(path + "." + parameter, KeyKind.NUMBER, f.unit(), min, max, d.parameters().get(parameter),
                    List.of(), "The " + parameter + " of " + path + "'s " + d.distribution() + " distribution.",
                    f.source(), KeyRole.ASSUMPTION, e.getValue(), null));
        }
        DISTRIBUTION_PARAMETERS.put(path, out);
    }

    private static KeyInfo info(Field f, String path) {
        distributionParameters(f, path);
        KeyKind kind = switch (f.kind()) {
            case INT -> KeyKind.INTEGER;
            case LONG -> KeyKind.LONG;
            case DOUBLE -> KeyKind.NUMBER;
            case BOOL -> KeyKind.BOOLEAN;
            case STRING -> KeyKind.TEXT;
            case ENUM -> KeyKind.CHOICE;
            case DIST -> KeyKind.DISTRIBUTION;
            case OBJECT, LIST -> throw new IllegalArgumentException(path + " is not a leaf");
        };
        KeyRole role = f.isAssumption() ? KeyRole.ASSUMPTION
                : f.configSwitch() ? KeyRole.SWITCH
                : f.setting() ? KeyRole.SETTING
                : f.hasSource() ? KeyRole.SOURCED
                : KeyRole.INPUT;
        return new KeyInfo(path, kind, f.unit(), f.range().min(), f.range().max(), f.defaultValue(), f.choices(),
                f.description(), f.source(), role, f.uncertainty(), f.alternatives());
    }
}
