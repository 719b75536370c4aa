package cogov.gui;

import cogov.config.Alternatives;
import cogov.config.DistributionSpec;
import cogov.config.Scenario;
import cogov.config.ScenarioKeys;
import cogov.config.ScenarioKeys.KeyInfo;
import cogov.config.ScenarioKeys.KeyKind;
import cogov.config.Uncertainty;
import cogov.mechanism.MechanismType;
import sim.util.Interval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the Console's Model tab edits: one {@link Setting} per scenario key, read from the schema
 * ({@link ScenarioKeys}), so a new key appears here without GUI code. Values start as the opened
 * scenario's; {@link #overrides()} gives the keys that now differ, as dotted-key overrides for the
 * scenario loader, so they are validated exactly like a scenario file. A named distribution shows its
 * kind and offers its parameters as settings of their own ({@code residents.threshold.mean}).
 *
 * <p>Mechanism switches act mid-run (the GUI switches a mechanism on from the next day through its
 * {@code start_day}); every other key applies when the next run starts. The bean properties at the end
 * (colour mode and ties, which apply at once; the twin run and its replications, from the next run) make
 * the Model tab's last page.
 */
public final class GuiSettings {
    /** Most twin-run replications one Play runs. */
    public static final int MAX_REPLICATIONS = 100;

    /** The group of top-level keys and of community keys, as in docs/scenarios.md. */
    public static final String TOP_LEVEL = "Top level";

    private static final Pattern SWITCH = Pattern.compile("mechanisms\\.([a-z_]+)\\.enabled");
    private static final Pattern INDEXED = Pattern.compile("([a-z_]+)\\[(\\d+)]");

    /**
     * One key of the Model tab.
     *
     * @param path     the override path, e.g. {@code communities[0].staff} or {@code residents.threshold.mean}
     * @param key      the schema key it belongs to
     * @param group    the Model tab page: {@link #TOP_LEVEL} or a top-level section such as {@code residents}
     * @param label    what the Model tab shows as its name (with its unit)
     * @param tooltip  HTML: the key path, description, unit, range, source or assumption, and when it applies
     * @param editable whether the Model tab can change it (a distribution's kind and explicit values cannot)
     * @param midRun   whether a change acts in the run in progress (mechanism switches)
     */
    public record Setting(String path, KeyInfo key, String group, String label, String tooltip, boolean editable,
            boolean midRun) {

        /** The mechanism this switch turns on or off, or null when it is not a mechanism switch. */
        public MechanismType mechanism() {
            Matcher m = SWITCH.matcher(path);
            return m.matches() ? MechanismType.ofKey(m.group(1)).orElse(null) : null;
        }
    }

    private final List<Setting> settings;
    private final Map<String, Setting> byPath = new LinkedHashMap<>();
    private final Map<String, Object> baseValues = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<BiConsumer<Setting, Object>> listeners = new CopyOnWriteArrayList<>();
    private volatile ColourMode colourMode = ColourMode.STATE;
    private volatile boolean showTies;
    private volatile boolean twin;
    private volatile int replications = 1;

    /** Settings equal to the scenario's own values. */
    public GuiSettings(Scenario scenario) {
        Map<String, Object> scenarioValues = ScenarioKeys.values(scenario);
        List<Setting> list = new ArrayList<>();
        for (Map.Entry<String, Object> e : scenarioValues.entrySet()) {
            String path = e.getKey();
            KeyInfo key = ScenarioKeys.find(ScenarioKeys.schemaPath(path)).orElseThrow();
            String label = label(path, scenarioValues) + (key.unit().isEmpty() ? "" : " [" + key.unit() + "]");
            if (e.getValue() instanceof DistributionSpec d) {
                boolean named = !d.isExplicit();
                add(list, new Setting(path, key, group(path), label,
                        tooltip(path, key, named ? "Its kind is fixed here; its parameters follow."
                                : "Explicit values cannot be edited here."), false, false),
                        named ? d.distribution() + " (parameters below)" : d.values().toString());
                if (named) {
                    for (String p : d.parameterNames()) {
                        add(list, new Setting(path + "." + p, key, group(path), label(path, scenarioValues) + ": " + p,
                                tooltip(path + "." + p, key, "A parameter of the " + d.distribution()
                                        + " distribution."), true, false), d.parameters().get(p));
                    }
                }
                continue;
            }
            boolean midRun = SWITCH.matcher(path).matches();
            add(list, new Setting(path, key, group(path), label, tooltip(path, key, null), true, midRun),
                    tabValue(key, e.getValue()));
        }
        this.settings = Collections.unmodifiableList(list);
        showTies = scenario.totalHouseholds() <= 2000;
    }

    private void add(List<Setting> list, Setting s, Object value) {
        list.add(s);
        byPath.put(s.path(), s);
        baseValues.put(s.path(), value);
        values.put(s.path(), value);
    }

    /** A choice is held as its index in the key's choices (MASON shows a popup for it). */
    private static Object tabValue(KeyInfo key, Object value) {
        return key.kind() == KeyKind.CHOICE ? Math.max(0, key.choices().indexOf(String.valueOf(value))) : value;
    }

    private static String group(String path) {
        int dot = path.indexOf('.');
        return dot < 0 || path.startsWith("communities[") ? TOP_LEVEL : path.substring(0, dot);
    }

    /** The path without its group, list items named by their {@code name}, e.g. "xinhe: staff". */
    private static String label(String path, Map<String, Object> values) {
        String group = group(path);
        String rest = group.equals(TOP_LEVEL) ? path : path.substring(group.length() + 1);
        String prefix = group.equals(TOP_LEVEL) ? "" : group + ".";
        List<String> parts = new ArrayList<>();
        for (String segment : rest.split("\\.")) {
            Matcher m = INDEXED.matcher(segment);
            if (m.matches()) {
                Object name = values.get(prefix + segment + ".name");
                parts.add(name == null ? words(m.group(1)) + " " + m.group(2) : String.valueOf(name));
            } else {
                parts.add(words(segment));
            }
            prefix += segment + ".";
        }
        return String.join(": ", parts);
    }

    private static String words(String key) {
        return key.replace('_', ' ');
    }

    private static String tooltip(String path, KeyInfo key, String note) {
        StringBuilder sb = new StringBuilder("<html><b>").append(html(path)).append("</b><br>")
                .append(html(key.description()));
        if (!key.unit().isEmpty()) {
            sb.append("<br>Unit: ").append(html(key.unit()));
        }
        if (key.isNumeric() && (Double.isFinite(key.min()) || Double.isFinite(key.max()))) {
            sb.append("<br>Allowed: ").append(bound(key.min())).append(" to ").append(bound(key.max()));
        }
        if (!key.choices().isEmpty()) {
            sb.append("<br>Choices: ").append(html(String.join(", ", key.choices())));
        }
        if (key.source() != null) {
            sb.append("<br>Source: ").append(html(key.source()));
        } else if (key.assumption()) {
            sb.append("<br>Assumption");
        }
        if (key.role() == ScenarioKeys.KeyRole.SWITCH) {
            sb.append("<br>Switch: a configuration choice, not an uncertain parameter");
        }
        Uncertainty u = key.uncertainty();
        if (u != null) {
            sb.append("<br>Plausible: ").append(bound(u.lo())).append(" to ").append(bound(u.hi())).append(": ")
                    .append(html(u.reason()));
        }
        Alternatives alternatives = key.alternatives();
        if (alternatives != null) {
            sb.append("<br>Plausible alternatives: ").append(html(alternatives.values().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")))).append(": ").append(html(alternatives.reason()));
        }
        if (note != null) {
            sb.append("<br>").append(html(note));
        }
        sb.append("<br><i>").append(SWITCH.matcher(path).matches()
                ? "Acts mid-run: switched on, the mechanism starts the next day (its start_day becomes that day);"
                        + " switched off, it stays on until the run ends."
                : "Applies at the next run.").append("</i></html>");
        return sb.toString();
    }

    private static String bound(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Text safe inside HTML. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Every setting in schema order. */
    public List<Setting> all() {
        return settings;
    }

    /** The Model tab's pages in docs/scenarios.md order: {@link #TOP_LEVEL} first, then the sections. */
    public List<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(TOP_LEVEL);
        for (Setting s : settings) {
            groups.add(s.group());
        }
        return List.copyOf(groups);
    }

    /** The settings of one page. */
    public List<Setting> inGroup(String group) {
        return settings.stream().filter(s -> s.group().equals(group)).toList();
    }

    /** The setting at a path, or null. */
    public Setting setting(String path) {
        return byPath.get(path);
    }

    /** The current value at a path, as the Model tab holds it (a choice as its index). */
    public synchronized Object value(String path) {
        return values.get(path);
    }

    /**
     * Sets a value (a choice by its index, or by its spelling); a mechanism switch tells the listeners,
     * which may act on the run in progress.
     */
    public void set(String path, Object value) {
        Setting s = byPath.get(path);
        if (s == null || !s.editable()) {
            throw new IllegalArgumentException("no editable setting " + path);
        }
        Object v = s.key().kind() == KeyKind.CHOICE && value instanceof String text
                ? s.key().choices().indexOf(text) : value;
        Object before;
        synchronized (this) {
            before = values.put(path, v);
        }
        if (!Objects.equals(before, v)) {
            for (BiConsumer<Setting, Object> l : listeners) {
                l.accept(s, v);
            }
        }
    }

    /** Called after a setting has changed, with the setting and its new value. */
    public void addListener(BiConsumer<Setting, Object> listener) {
        listeners.add(listener);
    }

    /** The settings that differ from the opened scenario, as scenario-loader overrides (dotted key paths). */
    public synchronized Map<String, Object> overrides() {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Setting s : settings) {
            Object v = values.get(s.path());
            if (s.editable() && !Objects.equals(v, baseValues.get(s.path()))) {
                o.put(s.path(), s.key().kind() == KeyKind.CHOICE ? s.key().choices().get((Integer) v) : v);
            }
        }
        return o;
    }

    /** Whether the next run switches this mechanism on. */
    public boolean isEnabled(MechanismType mechanism) {
        return Boolean.TRUE.equals(value(mechanism.enabledKey()));
    }

    /** Switches a mechanism on or off. */
    public void setEnabled(MechanismType mechanism, boolean on) {
        set(mechanism.enabledKey(), on);
    }

    /** Sets the number of days of the next run. */
    public void setDays(int days) {
        set("days", days);
    }

    /** Sets the seed of the next run. */
    public void setSeed(long seed) {
        set("seed", seed);
    }

    // ----- display settings (bean properties, shown on the Model tab's Display page) ---------------

    public int getColourMode() {
        return colourMode.ordinal();
    }

    public void setColourMode(int value) {
        if (value >= 0 && value < ColourMode.values().length) {
            colourMode = ColourMode.values()[value];
        }
    }

    public Object domColourMode() {
        return ColourMode.labels();
    }

    public String desColourMode() {
        return "What household colours show (applies at once).";
    }

    /** The colour mode as an enum, for portrayals. */
    public ColourMode colourMode() {
        return colourMode;
    }

    public void colourMode(ColourMode mode) {
        colourMode = mode;
    }

    public boolean getShowTies() {
        return showTies;
    }

    public void setShowTies(boolean value) {
        showTies = value;
    }

    public String desShowTies() {
        return "Draw social ties (slow for big counties; applies at once).";
    }

    public boolean getTwinRun() {
        return twin;
    }

    public void setTwinRun(boolean value) {
        twin = value;
    }

    public String desTwinRun() {
        return "Run the opened scenario as it was loaded (the reference) beside these settings, with the same seed"
                + " (common random numbers); the charts show both and their difference (applies at the next run).";
    }

    public int getReplications() {
        return replications;
    }

    public void setReplications(int value) {
        replications = Math.max(1, Math.min(MAX_REPLICATIONS, value));
    }

    public Object domReplications() {
        return new Interval(1L, (long) MAX_REPLICATIONS);
    }

    public String desReplications() {
        return "Twin run: replications to repeat (seeds seed, seed+1, ...); from the second on, the difference charts"
                + " show the running mean difference with its paired 95% t interval (applies at the next run).";
    }
}
