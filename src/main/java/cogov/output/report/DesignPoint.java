package cogov.output.report;

import java.util.Map;

/** One configuration of a sweep's design, in design order: its id, human label and factor settings (in manifest order). */
public record DesignPoint(String configId, String label, Map<String, String> factors) {

    public DesignPoint {
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }
}
