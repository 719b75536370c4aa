package cogov.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A committee's first-come-first-served queue with c servers (its full-time posts) on a continuous
 * clock. Each day the servers share the day's capacity hours equally, so with Poisson arrivals,
 * exponential efforts and constant capacity the queue is exactly M/M/c. Department-level requests get
 * a short triage, are escalated, and come back resolved (or not) after a delay.
 */
final class ServiceQueue {
    private final ArrayDeque<Request> waitingLine = new ArrayDeque<>();
    private final Request[] servers;
    private final PriorityQueue<Request> department = new PriorityQueue<>(
            Comparator.comparingDouble((Request r) -> r.departmentReturn).thenComparingDouble(r -> r.arrival));

    ServiceQueue(int serverCount) {
        servers = new Request[Math.max(1, serverCount)];
    }

    int serverCount() {
        return servers.length;
    }

    /** Effort hours still queued or in service (what the day's capacity would have to cover). */
    double outstandingEffort() {
        double total = 0;
        for (Request r : waitingLine) {
            total += r.remainingEffort;
        }
        for (Request r : servers) {
            if (r != null) {
                total += r.remainingEffort;
            }
        }
        return total;
    }

    /**
     * Simulates day {@code day} (clock interval [day-1, day)): drops requests that waited too long,
     * admits the day's arrivals (sorted by time), serves with {@code capacityHours}, brings back
     * department returns and flags requests that passed their time limit.
     */
    void simulateDay(int day, List<Request> arrivals, double capacityHours, double capability, ServiceRules rules,
                     ServiceLedger ledger, ServiceOutcomes outcomes, MersenneTwisterFast random) {
        double t = day - 1;
        double end = day;
        dropStale(t, rules, ledger, outcomes);
        double speed = capacityHours / servers.length;
        int next = 0;
        for (Request r : arrivals) {
            ledger.recordRaised(r);
        }
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
                finish(done, t, day, capability, rules, ledger, outcomes, random);
                startNext(completing, t, day, rules, ledger);
            } else {
                Request r = arrivals.get(next++);
                waitingLine.addLast(r);
                int idle = idleServer();
                if (idle >= 0) {
                    startNext(idle, t, day, rules, ledger);
                }
            }
        }
        returnFromDepartment(end, day, rules, ledger, outcomes, random);
        flagOverdue(end, ledger, outcomes);
    }

    private int idleServer() {
        for (int s = 0; s < servers.length; s++) {
            if (servers[s] == null) {
                return s;
            }
        }
        return -1;
    }

    private void startNext(int server, double t, int day, ServiceRules rules, ServiceLedger ledger) {
        Request r = waitingLine.pollFirst();
        if (r == null) {
            return;
        }
        r.serviceStart = t;
        if (r.needsDepartment) {
            r.remainingEffort = rules.triageHours();
        }
        ledger.recordStarted(r, t, day);
        servers[server] = r;
    }

    private void finish(Request r, double t, int day, double capability, ServiceRules rules, ServiceLedger ledger,
                        ServiceOutcomes outcomes, MersenneTwisterFast random) {
        if (r.needsDepartment) {
            r.departmentReturn = t + rules.departmentDelay(random);
            department.add(r);
            ledger.recordEscalated();
        } else if (rules.resolveShare() * capability < 1.0 && random.nextDouble() >= rules.resolveShare() * capability) {
            ledger.recordDropped(false);
            outcomes.add(r.household, ServiceOutcomes.DROPPED, t - r.arrival);
        } else {
            ledger.recordResolved(r, t, day, false);
            outcomes.add(r.household, ServiceOutcomes.RESOLVED, t - r.arrival);
        }
    }

    private void dropStale(double now, ServiceRules rules, ServiceLedger ledger, ServiceOutcomes outcomes) {
        if (rules.dropAfterDays() <= 0) {
            return;
        }
        while (!waitingLine.isEmpty() && now - waitingLine.peekFirst().arrival > rules.dropAfterDays()) {
            Request r = waitingLine.pollFirst();
            ledger.recordDropped(false);
            outcomes.add(r.household, ServiceOutcomes.DROPPED, now - r.arrival);
        }
    }

    private void returnFromDepartment(double end, int day, ServiceRules rules, ServiceLedger ledger,
                                      ServiceOutcomes outcomes, MersenneTwisterFast random) {
        while (!department.isEmpty() && department.peek().departmentReturn < end) {
            Request r = department.poll();
            if (random.nextDouble() < rules.departmentResolveShare()) {
                ledger.recordResolved(r, r.departmentReturn, day, true);
                outcomes.add(r.household, ServiceOutcomes.RESOLVED, r.departmentReturn - r.arrival);
            } else {
                ledger.recordDropped(true);
                outcomes.add(r.household, ServiceOutcomes.DROPPED, r.departmentReturn - r.arrival);
            }
        }
    }

    private void flagOverdue(double end, ServiceLedger ledger, ServiceOutcomes outcomes) {
        for (Request r : waitingLine) {
            flagIfLate(r, end, ledger, outcomes);
        }
        for (Request r : servers) {
            if (r != null) {
                flagIfLate(r, end, ledger, outcomes);
            }
        }
        for (Request r : department) {
            flagIfLate(r, end, ledger, outcomes);
        }
    }

    private static void flagIfLate(Request r, double end, ServiceLedger ledger, ServiceOutcomes outcomes) {
        if (!r.overdue && r.deadline < end) {
            r.overdue = true;
            ledger.recordOverdue();
            outcomes.add(r.household, ServiceOutcomes.OVERDUE, end - r.arrival);
        }
    }
}
