package cogov.gui;

import cogov.model.CountyModel;
import cogov.model.Population;

/**
 * A resident as an object, for MASON's fields, portrayals and inspectors. It holds no state of its own:
 * its getters read the model's arrays, so what an inspector shows is always current.
 */
public final class Household {
    private final CountyModel model;
    private final int index;

    Household(CountyModel model, int index) {
        this.model = model;
        this.index = index;
    }

    public int index() {
        return index;
    }

    public String getCommunity() {
        return model.communities().get(model.population().community(index)).name();
    }

    public int getGrid() {
        return model.population().grid(index);
    }

    public String getAgeGroup() {
        return switch (model.population().ageGroup(index)) {
            case Population.YOUTH -> "youth";
            case Population.ELDERLY -> "elderly";
            default -> "working";
        };
    }

    public boolean getMigrant() {
        return model.population().isMigrant(index);
    }

    public boolean getRelocated() {
        return model.population().isRelocated(index);
    }

    public String getPartyMembership() {
        return switch (model.population().membership(index)) {
            case Population.RESIDENT_MEMBER -> "resident member";
            case Population.IN_SERVICE_MEMBER -> "registered in-service member";
            default -> "none";
        };
    }

    public boolean getVolunteer() {
        return model.population().isVolunteer(index);
    }

    public double getAwareness() {
        return model.population().awareness(index);
    }

    public double getTrust() {
        return model.population().trust(index);
    }

    public double getSatisfaction() {
        return model.population().satisfaction(index);
    }

    public double getThreshold() {
        return model.population().threshold(index);
    }

    public boolean getParticipating() {
        return model.isParticipating(index);
    }

    public int getTies() {
        return model.network().degree(index);
    }

    @Override
    public String toString() {
        return "Household " + index;
    }
}
