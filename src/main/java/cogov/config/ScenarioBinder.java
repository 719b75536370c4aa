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
            long total = communities.stream().filter(c -> c != null && c.get("households") instanceof Integer)
                    .mapToLong(c -> (Integer) c.get("households")).sum();
            if (total > Scenario.MAX_TOTAL_HOUSEHOLDS) {
                problems.add(v.originOf("communities", rootOrigin), "communities", "the county has " + total
                        + " households in all; at most " + Scenario.MAX_TOTAL_HOUSEHOLDS + " are supported");
            }
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
        checkActivities(r, v, rootOrigin, problems);
    }

    private static final String[] ACTIVITY_TYPES = {"consultation", "cultural", "volunteer"};
    private static final String[] AGE_GROUPS = {"youth", "working", "elderly"};
    /** Fewest weekday and weekend days in any 30 consecutive days. */
    private static final int WEEKDAYS_PER_MONTH = 21;
    private static final int WEEKEND_DAYS_PER_MONTH = 8;

    /**
     * An activity calendar or time budget that cannot be satisfied is an error, not a silent zero: more
     * activities of a slot than the month has days for it, an activity longer than the venue is open, one that
     * no household could ever attend, or one needing staff or member time that can never be there.
     */
    private static void checkActivities(R r, SchemaValidator v, Origin rootOrigin, ConfigProblems problems) {
        R a = r.sub("activities");
        if (a.m().get("enabled") == null || !a.b("enabled")) {
            return;
        }
        R tb = r.sub("time_budget");
        int weekday = 0;
        int weekend = 0;
        for (String type : ACTIVITY_TYPES) {
            R t = a.sub(type);
            String at = "activities." + type;
            Integer perMonth = (Integer) t.m().get("per_month");
            if (perMonth == null || perMonth == 0 || t.m().get("slot") == null || t.m().get("hours") == null) {
                continue;
            }
            TimeSlot slot = TimeSlot.fromKey(t.s("slot"));
            if (slot.onWeekend()) {
                weekend += perMonth;
            } else {
                weekday += perMonth;
            }
            double hours = t.d("hours");
            Double open = (Double) a.m().get("venue_hours_per_day");
            if (open != null && hours > open) {
                problems.add(v.originOf(at + ".hours", rootOrigin), at + ".hours",
                        "an activity cannot last longer than the venue is open (activities.venue_hours_per_day = " + open
                                + ") (got " + hours + ")");
            }
            if (!someoneCanAttend(tb, slot, hours)) {
                String key = v.isExplicit(at + ".slot") ? at + ".slot" : "time_budget.free";
                problems.add(v.originOf(key, rootOrigin), key, "no household can ever attend " + at + " (" + slot.key()
                        + ", " + hours + " hours): in every age group time_budget.free." + slot.key().replace('-', '_')
                        + " is 0, or weekly_hours are below the activity's hours with time_budget.spread 0");
            }
            Double staffHours = (Double) t.m().get("staff_hours");
            Double staffShare = (Double) a.m().get("max_staff_share");
            if (staffHours != null && staffHours > 0 && staffShare != null && staffShare == 0) {
                problems.add(v.originOf(at + ".staff_hours", rootOrigin), at + ".staff_hours",
                        "needs staff time but activities.max_staff_share is 0, so no activity could be planned (got "
                                + staffHours + ")");
            }
            Double memberHours = (Double) t.m().get("member_hours");
            Double perWeek = (Double) tb.m().get("member_hours_per_week");
            Double members = (Double) r.sub("residents").m().get("party_member_share");
            if (memberHours != null && memberHours > 0 && ((perWeek != null && perWeek == 0)
                    || (members != null && members == 0))) {
                problems.add(v.originOf(at + ".member_hours", rootOrigin), at + ".member_hours",
                        "needs Party-member time but there are no member hours (time_budget.member_hours_per_week or"
                                + " residents.party_member_share is 0) (got " + memberHours + ")");
            }
        }
        if (weekday > WEEKDAYS_PER_MONTH) {
            problems.add(v.originOf("activities", rootOrigin), "activities", "weekday activities planned per month exceed"
                    + " the " + WEEKDAYS_PER_MONTH + " weekdays of a 30-day month (got " + weekday + ")");
        }
        if (weekend > WEEKEND_DAYS_PER_MONTH) {
            problems.add(v.originOf("activities", rootOrigin), "activities", "weekend activities planned per month exceed"
                    + " the " + WEEKEND_DAYS_PER_MONTH + " weekend days of a 30-day month (got " + weekend + ")");
        }
    }

    private static boolean someoneCanAttend(R tb, TimeSlot slot, double hours) {
        R hoursByAge = tb.sub("weekly_hours");
        R free = tb.sub("free");
        Double spread = (Double) tb.m().get("spread");
        String slotKey = slot.key().replace('-', '_');
        for (String age : AGE_GROUPS) {
            Double h = (Double) hoursByAge.m().get(age);
            Double f = (Double) free.sub(age).m().get(slotKey);
            if (h == null || f == null) {
                return true;
            }
            if (f > 0 && h > 0 && (h >= hours || (spread != null && spread > 0))) {
                return true;
            }
        }
        return false;
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
        double d(String k) {
            return (Double) m.get(k);
        }

        boolean b(String k) {
            return (Boolean) m.get(k);
        }

        String s(String k) {
            return (String) m.get(k);
        }

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
