package cogov.gui;

import cogov.model.CountyModel;

/**
 * A county department (one per need category) as the map and the inspectors see it: read-only getters
 * over the model, evaluated when the inspector refreshes.
 */
public final class DepartmentView {
    private final CountyModel model;
    private final int index;

    public DepartmentView(CountyModel model, int index) {
        this.model = model;
        this.index = index;
    }

    public String getNeedCategory() {
        return model.scenario().needs().categories().get(index).name();
    }

    public boolean getCapacityLimited() {
        return model.departmentCapacityHoursDay(index) > 0;
    }

    public double getCapacityHoursPerDay() {
        return model.departmentCapacityHoursDay(index);
    }

    public double getHoursWorkedToday() {
        return model.departmentHoursUsedToday(index);
    }

    /** Hours worked today over capacity; NaN for a department without a capacity limit. */
    public double getUtilisationToday() {
        double capacity = model.departmentCapacityHoursDay(index);
        return capacity > 0 ? model.departmentHoursUsedToday(index) / capacity : Double.NaN;
    }

    public int getOpenRequests() {
        return model.departmentOpen(index);
    }

    public int getEscalationsReceived() {
        return model.departmentReceived(index);
    }

    @Override
    public String toString() {
        return "County department for " + getNeedCategory();
    }
}
