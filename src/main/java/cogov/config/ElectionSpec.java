package cogov.config;

/**
 * The residents' committee election (activity model): a periodic election in which each household's
 * representative votes when willing and able, and in which a household whose representative did not vote
 * may still be recorded as voting through a proxy (household proxy voting).
 *
 * @param enabled              whether elections are held
 * @param firstDay             day of the first election
 * @param intervalDays         days between elections (the committee's term)
 * @param slot                 when in the week voting takes place
 * @param hours                hours voting takes from a resident's weekly time budget
 * @param salience             threshold lowered on election day (publicity, a county-wide event)
 * @param invitationsPerMember ties each Party member mobilises before the vote (member time permitting)
 * @param proxyShare           share of non-voting households recorded as voting through a proxy
 */
public record ElectionSpec(
        boolean enabled,
        int firstDay,
        int intervalDays,
        TimeSlot slot,
        double hours,
        double salience,
        int invitationsPerMember,
        double proxyShare) {

    /** Whether an election is held on {@code day}. */
    public boolean heldOn(int day) {
        return enabled && day >= firstDay && (day - firstDay) % intervalDays == 0;
    }
}
