package cogov.mechanism;

import cogov.config.MechanismsSpec;
import cogov.config.MechanismsSpec.MechanismSpec;
import cogov.config.Scenario;
import cogov.model.Mechanism;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of mechanisms: one constant per mechanism, declared in set-up order, with its scenario
 * key (the constant's name in snake_case, {@code mechanisms.<key>} in a scenario), its label, the short
 * label used in reports and charts, and how it is built from a scenario ({@link #in}, an exhaustive
 * {@code switch}, so a constant without a factory does not compile). The report, the GUI and the manifest
 * read labels from here; a test checks that every mechanism the scenario schema declares has a constant.
 *
 * <p>Adding a mechanism: its class in this package (implementing {@link Mechanism}), its settings record
 * with its schema entries in {@link MechanismsSpec}, one constant and one {@code case} here, and its
 * set-up rule in docs/ODD.md section 7.10.
 *
 * <p>Set-up order: first the mechanisms that set each community's own resources (input guarantee,
 * full-time staff, joint building, Party-led governance), then regional integration, which shares venue
 * area and pools capacity on top of what the others provided.
 */
public enum MechanismType {
    INPUT_GUARANTEE("Input guarantee", "IG"),
    FULL_TIME_STAFF("Full-time staff support", "FTS"),
    JOINT_BUILDING("Joint building and co-management", "JB"),
    PARTY_LED_GOVERNANCE("Party-building-led governance", "PLG"),
    REGIONAL_INTEGRATION("Regional integration", "RI");

    private final String label;
    private final String shortLabel;

    MechanismType(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** The scenario key, e.g. {@code joint_building} (under {@code mechanisms.}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name people read, e.g. "Joint building and co-management". */
    public String label() {
        return label;
    }

    /** The abbreviation used in reports, chart labels and configuration names, e.g. "JB". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The override path of the switch, e.g. {@code mechanisms.joint_building.enabled}. */
    public String enabledKey() {
        return "mechanisms." + key() + ".enabled";
    }

    /** Whether the scenario switches this mechanism on. */
    public boolean isEnabledIn(Scenario scenario) {
        return in(scenario).isPresent();
    }

    /** The mechanism as the scenario configures it, or empty when the scenario switches it off. */
    public Optional<Mechanism> in(Scenario scenario) {
        MechanismsSpec m = scenario.mechanisms();
        return switch (this) {
            case INPUT_GUARANTEE -> on(m.inputGuarantee(), InputGuarantee::new);
            case FULL_TIME_STAFF -> on(m.fullTimeStaff(),
                    spec -> new FullTimeStaff(spec, scenario.costs().trainingYuanPerWorkerYear()));
            case JOINT_BUILDING -> on(m.jointBuilding(), JointBuilding::new);
            case PARTY_LED_GOVERNANCE -> on(m.partyLedGovernance(), PartyLedGovernance::new);
            case REGIONAL_INTEGRATION -> on(m.regionalIntegration(), RegionalIntegration::new);
        };
    }

    private static <S extends MechanismSpec> Optional<Mechanism> on(S spec, Function<S, Mechanism> factory) {
        return spec.enabled() ? Optional.of(factory.apply(spec)) : Optional.empty();
    }

    /** The scenario's enabled mechanisms, in set-up order. */
    public static List<Mechanism> enabledIn(Scenario scenario) {
        List<Mechanism> list = new ArrayList<>();
        for (MechanismType t : values()) {
            t.in(scenario).ifPresent(list::add);
        }
        return List.copyOf(list);
    }

    /** The mechanism with this short label, if any. */
    public static Optional<MechanismType> ofShortLabel(String shortLabel) {
        for (MechanismType t : values()) {
            if (t.shortLabel.equals(shortLabel)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The mechanism with this scenario key, if any. */
    public static Optional<MechanismType> ofKey(String key) {
        for (MechanismType t : values()) {
            if (t.key().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
