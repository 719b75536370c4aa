package cogov.gui;

import cogov.config.Scenario;
import cogov.mechanism.MechanismType;
import sim.util.Interval;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Console's Model tab: a switch per registered mechanism ({@link MechanismType}, shown through
 * {@link ModelTab}) and a few key parameters as MASON properties ({@code getX}/{@code setX}/{@code domX}). Edits take effect when the next run starts, where
 * {@link #overrides()} turns them into dotted-key overrides for the scenario loader, so they are
 * validated exactly like a scenario file. The display settings at the end apply at once.
 */
public final class GuiSettings {
    private final boolean thresholdHasMean;

    private final Set<MechanismType> enabled = EnumSet.noneOf(MechanismType.class);
    private int days;
    private double networkDegree;
    private double thresholdMean;
    private double partyMemberShare;
    private double volunteerShare;
    private volatile ColourMode colourMode = ColourMode.STATE;
    private volatile boolean showTies;

    /** Settings equal to the scenario's own values. */
    public GuiSettings(Scenario scenario) {
        for (MechanismType t : MechanismType.values()) {
            setEnabled(t, t.isEnabledIn(scenario));
        }
        days = scenario.days();
        networkDegree = scenario.network().degree();
        Double mean = scenario.residents().threshold().parameters() == null ? null
                : scenario.residents().threshold().parameters().get("mean");
        thresholdHasMean = mean != null;
        thresholdMean = mean == null ? Double.NaN : mean;
        partyMemberShare = scenario.residents().partyMemberShare();
        volunteerShare = scenario.residents().volunteerShare();
        showTies = scenario.totalHouseholds() <= 2000;
    }

    /** The settings as scenario-loader overrides (dotted key paths). */
    public synchronized Map<String, Object> overrides() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("days", days);
        for (MechanismType t : MechanismType.values()) {
            o.put(t.enabledKey(), enabled.contains(t));
        }
        o.put("network.degree", networkDegree);
        if (thresholdHasMean) {
            o.put("residents.threshold.mean", thresholdMean);
        }
        o.put("residents.party_member_share", partyMemberShare);
        o.put("residents.volunteer_share", volunteerShare);
        return o;
    }

    /** Whether the next run switches this mechanism on. */
    public synchronized boolean isEnabled(MechanismType mechanism) {
        return enabled.contains(mechanism);
    }

    /** Switches a mechanism on or off for the next run. */
    public synchronized void setEnabled(MechanismType mechanism, boolean on) {
        if (on) {
            enabled.add(mechanism);
        } else {
            enabled.remove(mechanism);
        }
    }

    public synchronized int getDays() {
        return days;
    }

    public synchronized void setDays(int value) {
        if (value >= 1) {
            days = value;
        }
    }

    public String desDays() {
        return "Days to simulate; the run stops after this many (applies from the next run).";
    }

    public synchronized double getNetworkDegree() {
        return networkDegree;
    }

    public synchronized void setNetworkDegree(double value) {
        networkDegree = value;
    }

    public Object domNetworkDegree() {
        return new Interval(0.0, 30.0);
    }

    public synchronized double getThresholdMean() {
        return thresholdMean;
    }

    public synchronized void setThresholdMean(double value) {
        thresholdMean = value;
    }

    public Object domThresholdMean() {
        return new Interval(0.0, 1.0);
    }

    public boolean hideThresholdMean() {
        return !thresholdHasMean;
    }

    public synchronized double getPartyMemberShare() {
        return partyMemberShare;
    }

    public synchronized void setPartyMemberShare(double value) {
        partyMemberShare = value;
    }

    public Object domPartyMemberShare() {
        return new Interval(0.0, 0.5);
    }

    public synchronized double getVolunteerShare() {
        return volunteerShare;
    }

    public synchronized void setVolunteerShare(double value) {
        volunteerShare = value;
    }

    public Object domVolunteerShare() {
        return new Interval(0.0, 0.5);
    }

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
}
