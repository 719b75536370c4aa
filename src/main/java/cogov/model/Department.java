package cogov.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/**
 * A county department (one per need category) as an agent: escalated requests reach it after a
 * transit delay and join its queue; with finite capacity it works through the queue first come, first
 * served, fast-tracked requests first, with its daily working hours; a request that waits in its queue
 * longer than the drop limit is dropped. An uncoordinated cross-department request is passed on to the
 * next department when this one has done its part. Without capacity (the default, and the first
 * model) a department is a pure delay: the request comes back resolved with a fixed share.
 */
final class Department {
    private final int index;
    private final double capacityHoursDay;
    private final double effortHours;
    private final double unlimitedResolveShare;
    private final double yuanPerHour;
    private final PriorityQueue<Request> transit = new PriorityQueue<>(
            Comparator.comparingDouble((Request r) -> r.departmentReturn).thenComparingDouble(r -> r.arrival));
    private final ArrayDeque<Request> fastLine = new ArrayDeque<>();
    private final ArrayDeque<Request> line = new ArrayDeque<>();
    private double hoursUsedToday;
    private int received;

    Department(int index, double capacityHoursDay, double effortHours, double unlimitedResolveShare, double yuanPerHour) {
        this.yuanPerHour = yuanPerHour;
        this.index = index;
        this.capacityHoursDay = capacityHoursDay;
        this.effortHours = effortHours;
        this.unlimitedResolveShare = unlimitedResolveShare;
    }

    int index() {
        return index;
    }

    boolean capacityLimited() {
        return capacityHoursDay > 0;
    }

    /** Takes an escalated request that will reach this department at {@code r.departmentReturn}. */
    void receive(Request r) {
        r.department = index;
        r.remainingEffort = effortHours;
        transit.add(r);
        received++;
    }

    /** Requests in transit to or waiting in this department. */
    int open() {
        return transit.size() + fastLine.size() + line.size();
    }

    double hoursUsedToday() {
        return hoursUsedToday;
    }

    double capacityHoursDay() {
        return capacityHoursDay;
    }

    /** Escalations received since day 1. */
    int received() {
        return received;
    }

    /**
     * Simulates day {@code day}: drops requests that waited too long in the queue, admits those whose
     * transit ends today, works with the day's capacity, passes uncoordinated cross-department requests
     * on, and flags requests past their time limit.
     */
    void simulateDay(int day, Department[] all, CountyModel model, MersenneTwisterFast random) {
        double start = day - 1;
        double end = day;
        hoursUsedToday = 0;
        ServiceRules rules = model.serviceRules();
        if (!capacityLimited()) {
            while (!transit.isEmpty() && transit.peek().departmentReturn < end) {
                Request r = transit.poll();
                Community c = model.communities().get(r.community);
                ServiceQueue.flagIfLate(r, r.departmentReturn, c.ledger, model.outcomes());
                if (random.nextDouble() < unlimitedResolveShare) {
                    c.ledger.recordResolved(r, r.departmentReturn, day, true);
                    model.outcomes().add(r.household, Experiences.RESOLVED, r.departmentReturn - r.arrival);
                } else {
                    c.ledger.recordDropped(true);
                    model.outcomes().add(r.household, Experiences.DROPPED, r.departmentReturn - r.arrival);
                }
            }
        } else {
            dropStale(fastLine, start, rules, model);
            dropStale(line, start, rules, model);
            while (!transit.isEmpty() && transit.peek().departmentReturn < end) {
                Request r = transit.poll();
                (r.fastTrack ? fastLine : line).addLast(r);
            }
            work(start, end, day, all, model, random);
        }
        flagOverdue(end, model);
    }

    private void work(double start, double end, int day, Department[] all, CountyModel model, MersenneTwisterFast random) {
        double rate = capacityHoursDay;
        double t = start;
        while (t < end) {
            ArrayDeque<Request> from = !fastLine.isEmpty() ? fastLine : line;
            Request r = from.peekFirst();
            if (r == null) {
                break;
            }
            double begin = Math.max(t, r.departmentReturn);
            if (begin >= end) {
                break;
            }
            double finish = begin + r.remainingEffort / rate;
            if (finish > end) {
                r.remainingEffort -= (end - begin) * rate;
                hoursUsedToday += (end - begin) * rate;
                model.costs().post(r.community, CostItem.DEPARTMENT_TIME, (end - begin) * rate * yuanPerHour);
                break;
            }
            hoursUsedToday += r.remainingEffort;
            model.costs().post(r.community, CostItem.DEPARTMENT_TIME, r.remainingEffort * yuanPerHour);
            r.remainingEffort = 0;
            from.pollFirst();
            t = finish;
            complete(r, finish, day, all, model, random);
        }
    }

    private void complete(Request r, double time, int day, Department[] all, CountyModel model, MersenneTwisterFast random) {
        Community c = model.communities().get(r.community);
        if (r.departmentsLeft > 1) {
            r.departmentsLeft--;
            r.departmentReturn = time + model.serviceRules().transitDelay(random);
            all[(index + 1) % all.length].receive(r);
            return;
        }
        ServiceQueue.flagIfLate(r, time, c.ledger, model.outcomes());
        c.ledger.recordResolved(r, time, day, true);
        model.outcomes().add(r.household, Experiences.RESOLVED, time - r.arrival);
    }

    private static void dropStale(ArrayDeque<Request> queue, double now, ServiceRules rules, CountyModel model) {
        if (rules.dropAfterDays() <= 0) {
            return;
        }
        Iterator<Request> it = queue.iterator();
        while (it.hasNext()) {
            Request r = it.next();
            if (now - r.departmentReturn > rules.dropAfterDays()) {
                it.remove();
                Community c = model.communities().get(r.community);
                c.ledger.recordDropped(true);
                model.outcomes().add(r.household, Experiences.DROPPED, now - r.arrival);
            }
        }
    }

    private void flagOverdue(double end, CountyModel model) {
        for (Request r : transit) {
            ServiceQueue.flagIfLate(r, end, model.communities().get(r.community).ledger, model.outcomes());
        }
        for (Request r : fastLine) {
            ServiceQueue.flagIfLate(r, end, model.communities().get(r.community).ledger, model.outcomes());
        }
        for (Request r : line) {
            ServiceQueue.flagIfLate(r, end, model.communities().get(r.community).ledger, model.outcomes());
        }
    }
}
