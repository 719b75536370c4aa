package cogov.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * A committee's first-come-first-served queue with c servers (its full-time posts) on a continuous
 * clock, plus a separate line of volunteer-able tasks that only volunteers serve. Each day the staff
 * servers share the day's staff hours equally, so with Poisson arrivals, exponential efforts, constant
 * capacity, no skills and no volunteers the queue is exactly M/M/c. Each post has a skill: a handling
 * resolves with a probability that falls when the worker's skill is below what the request needs; a
 * failed request is reworked once; failing again, complex casework is escalated to its department and a
 * simple request is closed unresolved. Cross-department requests get
 * a triage (plus coordination by the community Party organisation, when it coordinates) and go to the
 * county departments.
 */
final class ServiceQueue {
    private final ArrayDeque<Request> waitingLine = new ArrayDeque<>();
    private final ArrayDeque<Request> volunteerLine = new ArrayDeque<>();
    private Request[] servers;
    private double[] skill;
    private final List<JointBuildingUnit> unitsOf;

    ServiceQueue(int serverCount, double initialSkill, List<JointBuildingUnit> units) {
        unitsOf = units;
        servers = new Request[Math.max(1, serverCount)];
        skill = new double[servers.length];
        Arrays.fill(skill, initialSkill);
    }

    int serverCount() {
        return servers.length;
    }

    /** Adds servers (posts created after day 1), with the given skill. */
    void ensureServers(int count, double newSkill) {
        if (count <= servers.length) {
            return;
        }
        int old = servers.length;
        servers = Arrays.copyOf(servers, count);
        skill = Arrays.copyOf(skill, count);
        Arrays.fill(skill, old, count, newSkill);
    }

    double skill(int post) {
        return skill[post];
    }

    void setSkill(int post, double value) {
        skill[post] = value;
    }

    /** Effort hours still queued for or in staff service (what the day's staff capacity would have to cover). */
    double outstandingEffort(double triageHours) {
        double total = 0;
        for (Request r : waitingLine) {
            total += r.needsDepartment ? triageHours : r.remainingEffort;
        }
        for (Request r : servers) {
            if (r != null) {
                total += r.remainingEffort;
            }
        }
        return total;
    }

    /** Requests at the committee (staff line, volunteer line, in service) of each complexity. */
    void countWaiting(int[] byComplexity) {
        for (Request r : waitingLine) {
            byComplexity[r.complexity]++;
        }
        for (Request r : volunteerLine) {
            byComplexity[r.complexity]++;
        }
        for (JointBuildingUnit u : unitsOf) {
            for (Request r : u.projects) {
                byComplexity[r.complexity]++;
            }
        }
        for (Request r : servers) {
            if (r != null) {
                byComplexity[r.complexity]++;
            }
        }
    }

    /**
     * Simulates day {@code day} (clock interval [day-1, day)): drops requests that waited too long, moves
     * volunteer-able requests volunteers did not take up to staff, admits the day's arrivals (sorted by
     * time), serves with {@code staffHours}, lets volunteers serve their line with {@code volunteerHours},
     * and flags requests that passed their time limit. Returns the volunteer hours used.
     */
    double simulateDay(int day, List<Request> arrivals, double staffHours, double volunteerHours, Community c,
                       CountyModel model, MersenneTwisterFast random) {
        ServiceRules rules = model.serviceRules();
        ServiceLedger ledger = c.ledger;
        Experiences outcomes = model.outcomes();
        double t = day - 1;
        double end = day;
        dropStale(t, rules, ledger, outcomes);
        handOverFromVolunteers(t, rules);
        for (Request r : arrivals) {
            ledger.recordRaised(r);
        }
        for (int s = 0; s < servers.length; s++) {
            if (servers[s] == null) {
                startNext(s, t, day, c, rules, ledger, outcomes);
            }
        }
        double speed = staffHours / servers.length;
        ledger.staffHoursAvailable += staffHours;
        int next = 0;
        while (true) {
            double nextArrival = next < arrivals.size() ? arrivals.get(next).arrival : Double.POSITIVE_INFINITY;
            int completing = -1;
            double nextCompletion = Double.POSITIVE_INFINITY;
            if (speed > 0) {
                for (int s = 0; s < servers.length; s++) {
                    if (servers[s] != null) {
                        double done = t + servers[s].remainingEffort / speed;
                        if (done < nextCompletion) {
                            nextCompletion = done;
                            completing = s;
                        }
                    }
                }
            }
            double eventTime = Math.min(end, Math.min(nextArrival, nextCompletion));
            if (speed > 0) {
                double worked = speed * (eventTime - t);
                for (Request r : servers) {
                    if (r != null) {
                        ledger.staffHoursUsed += Math.min(worked, r.remainingEffort);
                        r.remainingEffort = Math.max(0, r.remainingEffort - worked);
                    }
                }
            }
            t = eventTime;
            if (eventTime >= end) {
                break;
            }
            if (nextCompletion <= nextArrival) {
                Request done = servers[completing];
                done.remainingEffort = 0;
                servers[completing] = null;
                finish(done, completing, t, day, c, model, random);
                startNext(completing, t, day, c, rules, ledger, outcomes);
            } else {
                Request r = arrivals.get(next++);
                if (r.volunteerAble && volunteerHours > 0) {
                    volunteerLine.addLast(r);
                } else if (r.complexity == Request.COMPLEX && offerToUnit(r, t, day, c, ledger, outcomes)) {
                    ledger.recordUnitProjectTaken();
                } else {
                    waitingLine.addLast(r);
                    int idle = idleServer();
                    if (idle >= 0) {
                        startNext(idle, t, day, c, rules, ledger, outcomes);
                    }
                }
            }
        }
        finishProjects(day, c, model, random);
        double used = serveVolunteerLine(day, volunteerHours, ledger, outcomes);
        flagOverdue(end, ledger, outcomes);
        return used;
    }

    private int idleServer() {
        for (int s = 0; s < servers.length; s++) {
            if (servers[s] == null) {
                return s;
            }
        }
        return -1;
    }

    private void startNext(int server, double t, int day, Community c, ServiceRules rules, ServiceLedger ledger,
                           Experiences responses) {
        Request r = waitingLine.pollFirst();
        if (r == null) {
            return;
        }
        if (r.needsDepartment) {
            r.coordinated = c.coordinatesCrossDepartment;
            r.remainingEffort = rules.triageHours() + (r.coordinated ? rules.spec().coordinationHours() : 0);
        } else {
            ledger.recordSkillGap(Math.max(0, r.skillNeeded - skill[server]));
        }
        if (!r.started) {
            r.started = true;
            r.serviceStart = t;
            ledger.recordStarted(r, t, day);
            responses.add(r.household, Experiences.RESPONDED, t - r.arrival);
        }
        servers[server] = r;
    }

    private void finish(Request r, int server, double t, int day, Community c, CountyModel model,
                        MersenneTwisterFast random) {
        ServiceRules rules = model.serviceRules();
        flagIfLate(r, t, c.ledger, model.outcomes());
        if (r.needsDepartment) {
            c.ledger.recordCrossDepartment(r.coordinated);
            escalate(r, t, r.coordinated ? 1 : rules.spec().uncoordinatedDepartments(), c, model, random);
            return;
        }
        double p = rules.resolveProbability(skill[server], r.skillNeeded);
        if (p >= 1.0 || random.nextDouble() < p) {
            c.ledger.recordResolved(r, t, day, false);
            model.outcomes().add(r.household, Experiences.RESOLVED, t - r.arrival);
        } else if (r.failedAttempts++ == 0) {
            c.ledger.recordRework();
            r.remainingEffort = r.effortHours;
            waitingLine.addLast(r);
        } else if (r.complexity == Request.COMPLEX) {
            escalate(r, t, 1, c, model, random);
        } else {
            c.ledger.recordDropped(false);
            model.outcomes().add(r.household, Experiences.DROPPED, t - r.arrival);
        }
    }

    private static void escalate(Request r, double t, int departments, Community c, CountyModel model,
                                 MersenneTwisterFast random) {
        ServiceRules rules = model.serviceRules();
        r.departmentsLeft = departments;
        r.fastTrack = rules.fastTrack();
        r.departmentReturn = t + rules.transitDelay(random);
        c.ledger.recordEscalated();
        model.departments()[r.category].receive(r);
    }

    /** A complex request a joint-building unit with matching expertise and hours left takes as a project. */
    private static boolean offerToUnit(Request r, double t, int day, Community c, ServiceLedger ledger, Experiences outcomes) {
        if (c.unitAgents.isEmpty()) {
            return false;
        }
        for (JointBuildingUnit u : c.unitAgents) {
            if (u.canTake(r, c.unitMinEngagement)) {
                u.take(r);
                r.departmentReturn = t + c.unitProjectDays;
                r.started = true;
                r.serviceStart = t;
                ledger.recordStarted(r, t, day);
                outcomes.add(r.household, Experiences.RESPONDED, 0);
                return true;
            }
        }
        return false;
    }

    /**
     * Units finish the projects due before the day ends: resolved with the unit's skill (a success
     * resolved on time is recognised and raises engagement), or failed (engagement falls and the request
     * goes to the staff line).
     */
    private void finishProjects(int day, Community c, CountyModel model, MersenneTwisterFast random) {
        ServiceRules rules = model.serviceRules();
        for (JointBuildingUnit u : c.unitAgents) {
            while (!u.projects.isEmpty() && u.projects.peekFirst().departmentReturn < day) {
                Request r = u.projects.pollFirst();
                double due = r.departmentReturn;
                double p = rules.resolveProbability(c.unitSkill, r.skillNeeded);
                if (p >= 1.0 || random.nextDouble() < p) {
                    flagIfLate(r, due, c.ledger, model.outcomes());
                    u.succeeded(!r.overdue, c.unitSuccessGain);
                    c.ledger.recordUnitProject(true);
                    c.ledger.recordResolved(r, due, day, false);
                    model.outcomes().add(r.household, Experiences.RESOLVED, due - r.arrival);
                } else {
                    u.failed(c.unitFailureLoss);
                    c.ledger.recordUnitProject(false);
                    r.remainingEffort = r.effortHours;
                    waitingLine.addLast(r);
                }
            }
        }
    }

    /** Volunteer-able requests volunteers have not begun within the wait limit go to the staff line. */
    private void handOverFromVolunteers(double now, ServiceRules rules) {
        double limit = rules.spec().volunteerWaitDays();
        while (!volunteerLine.isEmpty() && !volunteerLine.peekFirst().started
                && now - volunteerLine.peekFirst().arrival > limit) {
            waitingLine.addLast(volunteerLine.pollFirst());
        }
    }

    /**
     * Volunteers (residents, Party members, units' members) work through their line as one pool at
     * {@code hours} per day, first come first served; a task not finished today continues tomorrow.
     */
    private double serveVolunteerLine(int day, double hours, ServiceLedger ledger, Experiences outcomes) {
        if (hours <= 0 || volunteerLine.isEmpty()) {
            return 0;
        }
        double t = day - 1;
        double used = 0;
        while (!volunteerLine.isEmpty()) {
            Request r = volunteerLine.peekFirst();
            double begin = Math.max(t, r.arrival);
            if (begin >= day) {
                break;
            }
            if (!r.started) {
                r.started = true;
                r.serviceStart = begin;
                ledger.recordStarted(r, begin, day);
                outcomes.add(r.household, Experiences.RESPONDED, begin - r.arrival);
            }
            double finish = begin + r.remainingEffort / hours;
            if (finish > day) {
                double worked = (day - begin) * hours;
                r.remainingEffort -= worked;
                used += worked;
                break;
            }
            used += r.remainingEffort;
            r.remainingEffort = 0;
            volunteerLine.pollFirst();
            t = finish;
            ledger.recordVolunteerServed(r);
            flagIfLate(r, finish, ledger, outcomes);
            ledger.recordResolved(r, finish, day, false);
            outcomes.add(r.household, Experiences.RESOLVED, finish - r.arrival);
        }
        return used;
    }

    private void dropStale(double now, ServiceRules rules, ServiceLedger ledger, Experiences outcomes) {
        if (rules.dropAfterDays() <= 0) {
            return;
        }
        while (!waitingLine.isEmpty() && now - waitingLine.peekFirst().arrival > rules.dropAfterDays()) {
            Request r = waitingLine.pollFirst();
            ledger.recordDropped(false);
            outcomes.add(r.household, Experiences.DROPPED, now - r.arrival);
        }
    }

    private void flagOverdue(double end, ServiceLedger ledger, Experiences outcomes) {
        for (Request r : waitingLine) {
            flagIfLate(r, end, ledger, outcomes);
        }
        for (Request r : volunteerLine) {
            flagIfLate(r, end, ledger, outcomes);
        }
        for (JointBuildingUnit u : unitsOf) {
            for (Request r : u.projects) {
                flagIfLate(r, end, ledger, outcomes);
            }
        }
        for (Request r : servers) {
            if (r != null) {
                flagIfLate(r, end, ledger, outcomes);
            }
        }
    }

    /** Flags a request that is still open at {@code time} past its deadline (once). */
    static void flagIfLate(Request r, double time, ServiceLedger ledger, Experiences outcomes) {
        if (!r.overdue && r.deadline < time) {
            r.overdue = true;
            ledger.recordOverdue();
            outcomes.add(r.household, Experiences.OVERDUE, time - r.arrival);
        }
    }
}
