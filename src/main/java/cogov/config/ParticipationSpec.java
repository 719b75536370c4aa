package cogov.config;

/**
 * The threshold participation rule: resident i takes part in an event when
 * s_i &gt;= theta_i - awarenessWeight*awareness_i - trustWeight*trust_i - invitationWeight*invited_i.
 *
 * @param windowDays         a resident counts as participating for this many days after taking part
 * @param permanent          once taken, participation is never lost (docking)
 * @param initialShare       share of residents participating on day 0
 * @param initialCount       number of residents participating on day 0 (added to the share)
 * @param awarenessWeight    a
 * @param trustWeight        b
 * @param invitationWeight   c
 * @param spontaneousRate    probability that a resident below threshold takes part anyway (noise)
 * @param dropoutRate        probability that a resident above threshold stays away (noise)
 * @param availability       probability by age group that a resident is free to attend a given event
 */
public record ParticipationSpec(
        int windowDays,
        boolean permanent,
        double initialShare,
        int initialCount,
        double awarenessWeight,
        double trustWeight,
        double invitationWeight,
        double spontaneousRate,
        double dropoutRate,
        Availability availability) {
}
