package cogov.model;

/**
 * The kinds of joint-building unit (DOMAIN.md section 2), each with the need categories its people are
 * expert in (by category name; an assumption mapping each kind to the work it does).
 */
public enum UnitType {
    ENTERPRISE("property_repair", "environment"),
    AGENCY("admin_consultation", "disputes"),
    SCHOOL("safety", "disputes"),
    HOSPITAL("elderly_care");

    private final String[] expertise;

    UnitType(String... expertise) {
        this.expertise = expertise;
    }

    /** Whether this kind of unit has expertise in the need category named {@code category}. */
    public boolean expertIn(String category) {
        for (String e : expertise) {
            if (e.equals(category)) {
                return true;
            }
        }
        return false;
    }
}
