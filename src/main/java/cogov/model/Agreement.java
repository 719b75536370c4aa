package cogov.model;

import java.util.List;

/**
 * A joint-building agreement between a unit and a community, with the three lists of the practice:
 * the community's needs (need categories, by index), the unit's resources (yuan/year, venue m2,
 * volunteer hours/week, expertise hours/week) and the projects (the needs the unit's expertise matches,
 * which it takes on as requests arrive).
 */
public record Agreement(List<Integer> needs, Resources resources, List<Integer> projects) {

    /** What the unit offers at full engagement. */
    public record Resources(double moneyYuanYear, double venueM2, double volunteerHoursWeek, double expertiseHoursWeek) {
    }

    public Agreement {
        needs = List.copyOf(needs);
        projects = List.copyOf(projects);
    }
}
