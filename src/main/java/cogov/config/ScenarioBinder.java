package cogov.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cogov.config.YamlTree.Origin;

/**
 * Rules that span several keys, and the mapping between resolved values (see {@link SchemaValidator})
 * and the {@link Scenario} records in both directions (derived from the schema by {@link RecordBinding}).
 */
final class ScenarioBinder {

    private ScenarioBinder() {
    }

    /** Cross-key rules; only checks values that passed their own validation. */
    static void check(Map<String, Object> root, SchemaValidator v, Origin rootOrigin, ConfigProblems problems) {
        R r = new R(root);
        List<Map<String, Object>> communities = r.list("communities");
        if (communities != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < communities.size(); i++) {
                Map<String, Object> c = communities.get(i);
                if (c == null) {
                    continue;
                }
                String at = "communities[" + i + "]";
                Origin itemOrigin = v.originOf(at, rootOrigin);
                Object name = c.get("name");
                if (name != null && !names.add((String) name)) {
                    problems.add(v.originOf(at + ".name", itemOrigin), at + ".name",
                            "duplicate community name (got '" + name + "')");
                }
                Integer households = (Integer) c.get("households");
                Integer relocated = (Integer) c.get("relocated_households");
                Integer grids = (Integer) c.get("grids");
                if (households != null && relocated != null && relocated > households) {
                    problems.add(v.originOf(at + ".relocated_households", itemOrigin), at + ".relocated_households",
                            "must not exceed households (" + households + ") (got " + relocated + ")");
                }
                if (households != null && grids != null && grids > households) {
                    problems.add(v.originOf(at + ".grids", itemOrigin), at + ".grids",
                            "must not exceed households (" + households + ") (got " + grids + ")");
                }
            }
        }
        Map<String, Object> residents = r.obj("residents");
        Double youth = (Double) residents.get("youth_share");
        Double elderly = (Double) residents.get("elderly_share");
        if (youth != null && elderly != null && youth + elderly > 1) {
            String key = v.isExplicit("residents.elderly_share") ? "residents.elderly_share" : "residents.youth_share";
            problems.add(v.originOf(key, rootOrigin), key, "youth_share + elderly_share must not exceed 1 (got "
                    + youth + " + " + elderly + ")");
        }
        checkCategories(new R(r.obj("needs")).list("categories"), v, rootOrigin, problems);
    }

    private static void checkCategories(List<Map<String, Object>> categories, SchemaValidator v, Origin rootOrigin,
            ConfigProblems problems) {
        if (categories == null) {
            return;
        }
        double sum = 0;
        boolean complete = true;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Map<String, Object> c = categories.get(i);
            if (c == null || c.get("share") == null) {
                complete = false;
                continue;
            }
            sum += (Double) c.get("share");
            Object name = c.get("name");
            String at = "needs.categories[" + i + "].name";
            if (name != null && !names.add((String) name)) {
                problems.add(v.originOf(at, rootOrigin), at, "duplicate category name (got '" + name + "')");
            }
        }
        if (complete && Math.abs(sum - 1) > 1e-6) {
            problems.add(v.originOf("needs.categories", rootOrigin), "needs.categories",
                    "shares must sum to 1 (got " + sum + ")");
        }
    }

    /** Builds the scenario from resolved values that passed validation (derived, see {@link RecordBinding}). */
    static Scenario bind(Map<String, Object> root) {
        return RecordBinding.bind(Scenario.class, ScenarioSchema.SCENARIO, root);
    }

    /** The inverse of {@link #bind}: resolved values in schema key order, for the resolved YAML. */
    static Map<String, Object> unbind(Scenario s) {
        return RecordBinding.unbind(s, ScenarioSchema.SCENARIO);
    }

    /** Typed reads from a resolved map. */
    private record R(Map<String, Object> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> obj(String k) {
            Object v = m.get(k);
            return v == null ? Map.of() : (Map<String, Object>) v;
        }

        R sub(String k) {
            return new R(obj(k));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String k) {
            return (List<Map<String, Object>>) m.get(k);
        }
    }
}
