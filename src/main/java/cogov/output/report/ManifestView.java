package cogov.output.report;

import cogov.mechanism.MechanismType;
import cogov.output.Manifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;

/**
 * The report's view of a results folder's {@link Manifest}: names, the design in design order (which
 * fixes every configuration's colour), the reference, and the raw entries shown as provenance.
 */
public record ManifestView(Map<String, Object> raw, String experiment, String description, List<DesignPoint> design,
                       String reference, int summaryWindowDays) {

    public ManifestView {
        raw = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        design = List.copyOf(design);
    }

    /** Reads manifest.json through {@link Manifest#read}; a file that is not a manifest is a format error. */
    static ManifestView read(Path file) throws IOException {
        Map<String, Object> raw;
        try {
            raw = new LinkedHashMap<>(Manifest.read(file).fields());
        } catch (Manifest.ManifestFormatException e) {
            throw new ResultsFormatException(e.getMessage());
        }
        List<DesignPoint> design = new ArrayList<>();
        if (raw.get("design") instanceof List<?> points) {
            for (Object p : points) {
                if (p instanceof Map<?, ?> point && point.get("config_id") != null) {
                    String id = scalar(point.get("config_id"));
                    Object label = point.get("label");
                    Map<String, String> factors = new LinkedHashMap<>();
                    if (point.get("factors") instanceof Map<?, ?> f) {
                        f.forEach((k, v) -> factors.put(String.valueOf(k), scalar(v)));
                    }
                    design.add(new DesignPoint(id, label == null ? id : scalar(label), factors));
                }
            }
        }
        if (design.isEmpty() && raw.get("configurations") instanceof List<?> configurations) {
            for (Object p : configurations) {
                if (p instanceof Map<?, ?> point && point.get("config_id") != null) {
                    Map<String, String> factors = new LinkedHashMap<>();
                    if (point.get("overrides") instanceof Map<?, ?> f) {
                        f.forEach((k, v) -> factors.put(String.valueOf(k), scalar(v)));
                    }
                    String id = scalar(point.get("config_id"));
                    String label = point.get("name") != null ? scalar(point.get("name")) : label(factors);
                    design.add(new DesignPoint(id, label.isEmpty() ? id : label, factors));
                }
            }
        }
        String reference = raw.get("reference") == null ? null : scalar(raw.get("reference"));
        double window = raw.get("summary_window_days") instanceof Double d ? d : Double.NaN;
        return new ManifestView(raw, text(raw, "experiment"), text(raw, "description"), design, reference,
                Double.isNaN(window) ? -1 : (int) Math.round(window));
    }

    /**
     * A short label for a configuration from its overrides: switched-on mechanisms abbreviated and joined
     * with '+' ("all off" when none), other factors as {@code name=value}.
     */
    static String label(Map<String, String> factors) {
        List<String> parts = new ArrayList<>();
        boolean anyMechanism = false;
        for (Map.Entry<String, String> e : factors.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("mechanisms.") && key.endsWith(".enabled")) {
                anyMechanism = true;
                if ("true".equals(e.getValue())) {
                    String mechanism = key.split("\\.")[1];
                    parts.add(MechanismType.ofKey(mechanism).map(MechanismType::shortLabel).orElse(mechanism));
                }
            } else {
                parts.add(key.substring(key.lastIndexOf('.') + 1) + "=" + e.getValue());
            }
        }
        if (parts.isEmpty()) {
            return anyMechanism ? "all off" : "";
        }
        return String.join("+", parts);
    }

    /** A manifest for a folder that has none: design taken from runs.csv, first configuration as reference. */
    static ManifestView fallback(String experiment, List<DesignPoint> design) {
        return new ManifestView(Map.of(), experiment, "", design, design.isEmpty() ? null : design.get(0).configId(), -1);
    }

    /** Replications stated in the manifest, or -1. */
    public int replications() {
        return raw.get("replications") instanceof Double d ? (int) Math.round(d) : -1;
    }

    private static String text(Map<String, Object> raw, String key) {
        Object v = raw.get(key);
        return v == null ? "" : scalar(v);
    }

    /** JSON scalar as text; integral numbers without a trailing ".0". */
    static String scalar(Object v) {
        return Manifest.scalar(v);
    }
}
