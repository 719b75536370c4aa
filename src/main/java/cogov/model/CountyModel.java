package cogov.model;

import cogov.config.CommunitySpec;
import cogov.config.MechanismsSpec;
import cogov.config.Scenario;
import cogov.config.StateOffsets;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The county: communities, residents, their network and the seven daily processes, as a MASON
 * {@link SimState}. One step of the schedule is one day. The model knows nothing of YAML, the CLI or any
 * display: it is built from a validated {@link Scenario} and a list of {@link Mechanism}s, and the metrics
 * collector reads it from outside.
 *
 * <p>Separate random streams ({@link RandomStream}), all derived from the scenario's full 64-bit seed: one
 * builds the county (residents, network, mechanism set-up), one picks the day-0 participants, and one
 * drives the days. Configurations that
 * differ only in mechanisms therefore start from the same residents, network and initial participants,
 * which is what makes paired comparisons sharp.
 */
public final class CountyModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings of the daily processes (DOMAIN.md section 3); metrics use {@link #ORDER_METRICS}. */
    public static final int ORDER_NEEDS = 0;
    public static final int ORDER_REPORTING = 1;
    public static final int ORDER_SERVICE = 2;
    public static final int ORDER_FEEDBACK = 3;
    public static final int ORDER_EVENTS = 4;
    public static final int ORDER_INFLUENCE = 5;
    public static final int ORDER_METRICS = 6;

    private final Scenario scenario;
    private final List<Mechanism> mechanisms;
    /** The mechanisms switched on so far (those with a later start day join on that day). */
    private final List<Mechanism> active = new ArrayList<>();
    private long runSeed;

    private Population population;
    private SocialNetwork network;
    private List<Community> communities;
    private ServiceRules serviceRules;
    private TimeBudget timeBudget;
    private VenuePool venuePool;
    private ParticipationProcess participation;
    private Department[] departments;
    private CostLedger costLedger;
    private final Experiences outcomes = new Experiences();
    private int day;
    private int gridTotal;
    /** The set-up stream while mechanisms set up; null otherwise. */
    private transient MersenneTwisterFast setUpRandom;

    public CountyModel(Scenario scenario, List<Mechanism> mechanisms) {
        super(scenario.seed());
        this.scenario = scenario;
        this.mechanisms = List.copyOf(mechanisms);
        setSeed(scenario.seed());
    }

    /** Uses all 64 bits of the seed (MASON's own setter keeps only 32). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        runSeed = seed;
        random = RandomStream.DAYS.forSeed(seed);
    }

    /** The full 64-bit seed of this run. */
    public long runSeed() {
        return runSeed;
    }

    @Override
    public void start() {
        random = RandomStream.DAYS.forSeed(runSeed);
        super.start();
        MersenneTwisterFast setupRandom = RandomStream.SET_UP.forSeed(runSeed);
        day = 0;
        outcomes.clear();
        buildCommunities();
        costLedger = new CostLedger(communities.size());
        population = new PopulationBuilder(scenario, communities, setupRandom).build();
        network = SocialNetwork.generate(scenario.network(), communityStarts(), setupRandom);
        boolean activities = scenario.activities().enabled();
        if (activities) {
            PopulationBuilder.drawActivityTraits(population, scenario,
                    new MersenneTwisterFast(new int[] {(int) runSeed, (int) (runSeed >>> 32), 0xac71}));
        }
        drawSatisfiedStandards();
        timeBudget = new TimeBudget(population, scenario.timeBudget(), activities);
        if (activities && formsTies(scenario.activities())) {
            network.allowFormedTies(scenario.activities().maxNewTies());
        }
        venuePool = new VenuePool(communities);
        for (Community c : communities) {
            c.calendar = activities ? new ActivityCalendar(scenario.activities(), c.index(), communities.size()) : null;
        }
        serviceRules = new ServiceRules(scenario.service(), false, 0);
        buildDepartments();
        setUpRandom = setupRandom;
        active.clear();
        for (Mechanism m : mechanisms) {
            if (m.startDay() <= 1) {
                m.setUp(this);
                active.add(m);
            }
        }
        setUpRandom = null;
        finishSetUp();
        schedule.scheduleRepeating(0.0, ORDER_NEEDS, new NeedsProcess(this));
        schedule.scheduleRepeating(0.0, ORDER_REPORTING, new ReportingProcess(this));
        schedule.scheduleRepeating(0.0, ORDER_SERVICE, new ServiceProcess(this));
        schedule.scheduleRepeating(0.0, ORDER_FEEDBACK, new FeedbackProcess(this));
        participation = null;
        if (scenario.activities().enabled()) {
            participation = new ParticipationProcess(this);
            schedule.scheduleRepeating(0.0, ORDER_EVENTS, participation);
        } else {
            schedule.scheduleRepeating(0.0, ORDER_EVENTS, new EventsProcess(this));
        }
        schedule.scheduleRepeating(0.0, ORDER_INFLUENCE, new InfluenceProcess(this));
        schedule.scheduleRepeating(0.0, ORDER_NEEDS - 1, state -> beginDay());
    }

    /** Whether some activity type forms new ties between its attendees. */
    private static boolean formsTies(cogov.config.ActivitiesSpec spec) {
        return spec.maxNewTies() > 0 && (spec.consultation().newTieChance() > 0 || spec.cultural().newTieChance() > 0
                || spec.volunteer().newTieChance() > 0);
    }

    /** The set-up stream; only valid while mechanisms set up (it keeps set-up draws apart from daily ones). */
    public MersenneTwisterFast setUpRandom() {
        requireSetUp();
        return setUpRandom;
    }

    private void requireSetUp() {
        if (setUpRandom == null) {
            throw new IllegalStateException("only available during Mechanism.setUp");
        }
    }

    /** One county department per need category, with the scenario's capacity. */
    private void buildDepartments() {
        int n = scenario.needs().categories().size();
        departments = new Department[n];
        for (int k = 0; k < n; k++) {
            departments[k] = new Department(k, scenario.service().departmentCapacityHoursDay(),
                    scenario.service().departmentEffortHours(), scenario.service().departmentResolveShare(),
                    scenario.costs().departmentYuanPerHour());
        }
    }

    private void buildCommunities() {
        communities = new ArrayList<>();
        int first = 0;
        for (CommunitySpec spec : scenario.communities()) {
            Community c = new Community(communities.size(), spec, first);
            c.turnoverPerYear = scenario.service().turnoverPerYear();
            c.channelQuality = scenario.reporting().channelQuality();
            c.outreachVisitsPerMemberMonth = scenario.residents().memberOutreachVisitsPerMonth();
            c.coordinatesCrossDepartment = scenario.service().coordinated();
            c.triageHours = scenario.service().triageHours();
            MechanismsSpec.JointBuildingSpec jb = scenario.mechanisms().jointBuilding();
            c.unitMinEngagement = jb.minEngagement();
            c.unitProjectDays = jb.projectDays();
            c.unitSkill = jb.unitSkill();
            c.unitSuccessGain = jb.successEngagementGain();
            c.unitFailureLoss = jb.failureEngagementLoss();
            communities.add(c);
            first += spec.households();
        }
    }

    private int[] communityStarts() {
        int[] starts = new int[communities.size() + 1];
        for (int c = 0; c < communities.size(); c++) {
            starts[c + 1] = communities.get(c).endHousehold();
        }
        return starts;
    }

    /** Grids, member ties, posts and queues, once mechanisms have set resources. */
    private void finishSetUp() {
        regrid();
        for (Community c : communities) {
            c.vacantUntil = new int[c.staffPosts];
            java.util.Arrays.fill(c.vacantUntil, Integer.MIN_VALUE);
            c.queue = new ServiceQueue(c.staffPosts, scenario.service().initialSkill(), c.unitAgents);
            c.publicBalance = 0;
            c.unitBalance = 0;
        }
        markMemberTies();
        listResidentMembers();
        seedInitialParticipants();
    }

    /** Each community's resident members (the in-service ones registered through joint building are listed apart). */
    private void listResidentMembers() {
        for (Community c : communities) {
            int[] ids = new int[c.households()];
            int n = 0;
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                if (population.membership[i] == Population.RESIDENT_MEMBER) {
                    ids[n++] = i;
                }
            }
            c.residentMemberIds = Arrays.copyOf(ids, n);
            c.residentMemberOfferedToday = new double[n];
        }
    }

    /**
     * Each household's satisfied threshold: the scenario's for everybody, or normal around it with
     * {@code feedback.satisfied_threshold_sd}, from a stream of its own so that nothing else drawn changes.
     */
    private void drawSatisfiedStandards() {
        double centre = scenario.feedback().satisfiedThreshold();
        double sd = scenario.feedback().satisfiedThresholdSd();
        if (sd <= 0) {
            Arrays.fill(population.satisfiedThreshold, centre);
            return;
        }
        MersenneTwisterFast draw = RandomStream.SATISFIED_STANDARDS.forSeed(runSeed);
        for (int i = 0; i < population.size; i++) {
            population.satisfiedThreshold[i] = centre + sd * draw.nextGaussian();
        }
    }

    private void markMemberTies() {
        int[] offsets = network.offsets();
        int[] adj = network.neighbours();
        for (int i = 0; i < population.size; i++) {
            boolean tie = false;
            for (int k = offsets[i]; k < offsets[i + 1] && !tie; k++) {
                tie = population.doesMemberWork(adj[k]);
            }
            population.hasMemberTie[i] = tie;
        }
    }

    /** Day-0 participants: {@code initial_count} plus {@code initial_share} of residents, chosen at random. */
    private void seedInitialParticipants() {
        int n = population.size;
        int wanted = Math.min(n, scenario.participation().initialCount()
                + (int) Math.round(scenario.participation().initialShare() * n));
        if (wanted == 0) {
            return;
        }
        MersenneTwisterFast pick = RandomStream.INITIAL_PARTICIPANTS.forSeed(runSeed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int k = 0; k < wanted; k++) {
            int j = k + pick.nextInt(n - k);
            int tmp = order[k];
            order[k] = order[j];
            order[j] = tmp;
            population.lastParticipation[order[k]] = 0;
        }
    }

    private void beginDay() {
        day++;
        costLedger.beginDay(day);
        activateMechanisms();
        for (Community c : communities) {
            c.ledger.beginDay(day);
            c.arrivalsToday.clear();
        }
        timeBudget.beginDay(day);
        if (participation != null) {
            participation.beginDay(day);
        }
    }

    /**
     * Switches on the mechanisms whose start day is today. Each sets up with a random stream of its own,
     * derived from the run seed and its key, so that nothing drawn before today depends on whether it is
     * configured; then grids and member ties are brought up to date (posts and queues adjust themselves in
     * service, calendars at the next month's plan).
     */
    private void activateMechanisms() {
        boolean any = false;
        for (Mechanism m : mechanisms) {
            if (m.startDay() > 1 && m.startDay() == day) {
                int keyHash = m.getClass().getSimpleName().hashCode();
                setUpRandom = new MersenneTwisterFast(new int[] {(int) runSeed, (int) (runSeed >>> 32), 0x5a4e, keyHash});
                m.setUp(this);
                setUpRandom = null;
                active.add(m);
                any = true;
            }
        }
        if (any) {
            regrid();
            markMemberTies();
            listResidentMembers();
        }
    }

    /**
     * Venue sharing (regional integration): in the activity model the community joins the county's venue
     * pool and lends {@code share} of its own area on days it holds no activity, to oversubscribed ones (area
     * conserved). In the first formulation, where attendance is capped before residents decide, a community
     * holding an event borrows up to {@code share} of the other communities' mean area from pool members
     * holding none that day (the old standing shared area, now lent by someone who loses it for the day).
     */
    public void shareVenue(Community c, double share, double othersMeanM2) {
        venuePool.join(c, share);
        if (!scenario.activities().enabled()) {
            c.venueBorrowWishM2 = share * othersMeanM2;
        }
    }

    /** The county's venue: own and units' area of every community, and regional integration's lending. */
    public VenuePool venuePool() {
        return venuePool;
    }

    /** Assigns residents to grids, at set-up and again after a mechanism changed grid counts mid-run. */
    private void regrid() {
        gridTotal = 0;
        for (Community c : communities) {
            c.setFirstGrid(gridTotal);
            gridTotal += c.gridCount;
            int n = c.households();
            for (int local = 0; local < n; local++) {
                population.grid[c.firstHousehold() + local] = c.firstGrid() + (int) ((long) local * c.gridCount / n);
            }
        }
    }

    // ----- used by mechanisms during set-up ------------------------------------------------------

    /**
     * Signs an agreement between community {@code c} and a new joint-building unit of type {@code type}
     * with initial engagement {@code engagement}; returns the unit. Its expertise comes from its type,
     * matched by need-category name; its projects are the community's needs it is expert in.
     */
    public JointBuildingUnit signUnit(Community c, UnitType type, Agreement.Resources resources, double engagement) {
        List<cogov.config.NeedCategory> categories = scenario.needs().categories();
        boolean[] expert = new boolean[categories.size()];
        List<Integer> needs = new ArrayList<>();
        List<Integer> projects = new ArrayList<>();
        for (int k = 0; k < categories.size(); k++) {
            expert[k] = type.expertIn(categories.get(k).name());
            if (categories.get(k).complexShare() > 0) {
                needs.add(k);
                if (expert[k]) {
                    projects.add(k);
                }
            }
        }
        boolean[] takes = new boolean[categories.size()];
        for (int k : projects) {
            takes[k] = true;
        }
        JointBuildingUnit unit = new JointBuildingUnit(c.unitAgents.size(), type, c.index(),
                new Agreement(needs, resources, projects), takes, engagement);
        unit.startWeek();
        c.unitAgents.add(unit);
        c.units = c.unitAgents.size();
        return unit;
    }

    /**
     * Double registration: up to {@code count} working-age Party members living in the community are the
     * in-service members of its units (employed by them; each is assigned to a unit in turn) and register
     * where they live. They are members already, so the member share does not change; they stop counting
     * as resident members and give the in-service members' service hours instead. Returns how many.
     */
    public int registerInServiceMembers(Community c, int count) {
        if (c.unitAgents.isEmpty()) {
            return 0;
        }
        int[] candidates = new int[c.households()];
        int n = 0;
        for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
            if (population.membership[i] == Population.RESIDENT_MEMBER && population.ageGroup[i] == Population.WORKING
                    && !population.registered[i]) {
                candidates[n++] = i;
            }
        }
        int registered = Math.min(count, n);
        MersenneTwisterFast random = setUpRandom();
        int listed = c.inServiceMemberIds.length;
        c.inServiceMemberIds = Arrays.copyOf(c.inServiceMemberIds, listed + registered);
        c.inServiceOfferedToday = new double[listed + registered];
        for (int k = 0; k < registered; k++) {
            int j = k + random.nextInt(n - k);
            int i = candidates[j];
            candidates[j] = candidates[k];
            candidates[k] = i;
            population.membership[i] = Population.IN_SERVICE_MEMBER;
            population.unit[i] = c.unitAgents.get(k % c.unitAgents.size()).index();
            population.registered[i] = true;
            c.inServiceMemberIds[listed + k] = i;
        }
        c.inServiceMembers += registered;
        c.residentMembers -= registered;
        return registered;
    }

    /**
     * Adds offsets to resident i's threshold, awareness, trust and satisfaction (each clamped to [0,1]);
     * the shifted trust and satisfaction become the values they decay back to, and the shifted satisfaction
     * the household's starting perceived quality and expectation. Only during set-up.
     */
    public void shiftInitialState(int i, StateOffsets offsets) {
        requireSetUp();
        population.threshold[i] = PopulationBuilder.clamp(population.threshold[i] + offsets.threshold());
        population.awareness[i] = PopulationBuilder.clamp(population.awareness[i] + offsets.awareness());
        population.trust[i] = PopulationBuilder.clamp(population.trust[i] + offsets.trust());
        population.satisfaction[i] = PopulationBuilder.clamp(population.satisfaction[i] + offsets.satisfaction());
        population.initialTrust[i] = population.trust[i];
        population.initialSatisfaction[i] = population.satisfaction[i];
        population.quality[i] = population.satisfaction[i];
        population.expectation[i] = population.satisfaction[i];
    }

    /** Adds yearly service hours given by registered in-service members of a community. */
    public void addMemberServiceHours(Community c, double hoursPerYear) {
        c.memberServiceHoursYear += hoursPerYear;
    }

    /**
     * Fast track ("street whistles, departments report", regional integration): escalations reach their
     * department after a mean transit of {@code days} and go ahead of other requests in its queue. With
     * capacity-limited departments the work itself still takes department hours.
     */
    public void enableFastTrack(double days) {
        serviceRules = new ServiceRules(serviceRules.spec(), true, days);
    }

    // ----- read access --------------------------------------------------------------------------

    public Scenario scenario() {
        return scenario;
    }

    /** The mechanisms switched on so far (all configured ones with start day 1 from the start). */
    public List<Mechanism> mechanisms() {
        return Collections.unmodifiableList(active);
    }

    public Population population() {
        return population;
    }

    /** Residents' and Party members' weekly time (unlimited in the first formulation). */
    public TimeBudget timeBudget() {
        return timeBudget;
    }

    public SocialNetwork network() {
        return network;
    }

    public List<Community> communities() {
        return Collections.unmodifiableList(communities);
    }

    /** The full cost model: every priced resource per community and day. */
    public CostLedger costs() {
        return costLedger;
    }

    /** The last day completed (0 before the first step). */
    public int day() {
        return day;
    }

    /** Total number of grids in the county. */
    public int gridTotal() {
        return gridTotal;
    }

    /** Whether resident i counts as participating at the end of the last completed day. */
    public boolean isParticipating(int i) {
        return population.isParticipating(i, day, scenario.participation().windowDays(),
                scenario.participation().permanent());
    }

    /** Effort hours of the requests reported today in a community (known before service starts). */
    public double todaysReportedEffort(Community c) {
        double total = 0;
        for (Request r : c.arrivalsToday) {
            if (!r.volunteerAble) {
                total += r.needsDepartment ? serviceRules.triageHours() : r.remainingEffort;
            }
        }
        return total;
    }

    ServiceRules serviceRules() {
        return serviceRules;
    }

    Department[] departments() {
        return departments;
    }

    /** Number of county departments (one per need category), for displays and inspectors. */
    public int departmentCount() {
        return departments.length;
    }

    /** Requests in transit to or waiting in department {@code k}. */
    public int departmentOpen(int k) {
        return departments[k].open();
    }

    /** Hours department {@code k} worked today. */
    public double departmentHoursUsedToday(int k) {
        return departments[k].hoursUsedToday();
    }

    /** Hours department {@code k} can work a day; 0 when it is a pure delay (no capacity limit). */
    public double departmentCapacityHoursDay(int k) {
        return departments[k].capacityHoursDay();
    }

    /** Escalations department {@code k} received since day 1. */
    public int departmentReceived(int k) {
        return departments[k].received();
    }

    /** Department utilisation today: hours worked over hours available, summed over capacity-limited departments (NaN if none). */
    public double departmentUtilisation() {
        double used = 0;
        double available = 0;
        for (Department d : departments) {
            if (d.capacityLimited()) {
                used += d.hoursUsedToday();
                available += d.capacityHoursDay();
            }
        }
        return available > 0 ? used / available : Double.NaN;
    }

    /** Requests in transit to or queued at county departments. */
    public int departmentOpen() {
        int total = 0;
        for (Department d : departments) {
            total += d.open();
        }
        return total;
    }

    Experiences outcomes() {
        return outcomes;
    }

    /**
     * What happened to households since the last feedback step; the participation side posts
     * consultation experiences here ({@link Experiences#consultation}), read by the next feedback step.
     */
    public Experiences experiences() {
        return outcomes;
    }

    /** Runs the scenario's days without a GUI; the caller may have scheduled observers first. */
    public void runToEnd() {
        while (day < scenario.days()) {
            if (!schedule.step(this)) {
                break;
            }
        }
    }
}
