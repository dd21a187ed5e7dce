package dev.sigscript.kernel.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The deterministic uniprocessor scheduler: one run queue, one virtual clock, timers, and
 * coroutines. Exactly one entity runs at a time; it runs until it sleeps ({@link #sleep()}),
 * yields ({@link #yieldCpu()}) or exits ({@link #exit()}), the way a task gives up the CPU in
 * {@code kernel/sched/core.c:schedule()}. When nothing is runnable, the clock jumps to the next
 * timer. Every decision with more than one option goes through the {@link ChoiceSource}: with
 * {@link ChoiceSource#fifo()} the run queue is first come, first served.
 *
 * <p>Divergence: Linux may run tasks on several CPUs and preempts on timer ticks; this model has
 * one CPU and preempts only where a ChoiceSource says so (exploration), never in a plain run.
 */
public final class Scheduler {

    /** A schedulable flow of control: one per task (Linux's sched_entity). */
    public static final class Entity {
        private final Object owner;
        private final Coroutine coroutine;
        private boolean queued;
        private boolean dead;

        private Entity(Object owner, Runnable body) {
            this.owner = owner;
            this.coroutine = new Coroutine(body);
        }

        public Object owner() {
            return owner;
        }

        public boolean isRunnable() {
            return queued && !dead;
        }

        public boolean isDead() {
            return dead;
        }
    }

    private final VirtualClock clock;
    private final ChoiceSource choices;
    private final Budget budget;
    private final List<Entity> runQueue = new ArrayList<>();
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>((a, b) -> a.when != b.when ? Long.compare(a.when, b.when) : Long.compare(a.seq, b.seq));
    private final ArrayDeque<Entity> all = new ArrayDeque<>();
    private long timerSeq;
    private long steps;
    private int created;
    private Entity current;

    public Scheduler(VirtualClock clock, ChoiceSource choices, Budget budget) {
        this.clock = clock;
        this.choices = choices;
        this.budget = budget;
    }

    public VirtualClock clock() {
        return clock;
    }

    public ChoiceSource choices() {
        return choices;
    }

    public Budget budget() {
        return budget;
    }

    /** Creates a runnable entity whose coroutine will run {@code body}. */
    public Entity add(Object owner, Runnable body) {
        if (++created > budget.maxTasks()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.TASKS,
                    "more than " + budget.maxTasks() + " tasks were created (a fork bomb?)");
        }
        Entity e = new Entity(owner, body);
        all.add(e);
        e.queued = true;
        runQueue.add(e);
        return e;
    }

    /** {@return the running entity, or null in scheduler context (timers, the shell)} */
    public Entity current() {
        return current;
    }

    /** {@return the owner of the running entity, or null} */
    @SuppressWarnings("unchecked")
    public <T> T currentOwner() {
        return current == null ? null : (T) current.owner;
    }

    /**
     * The running entity stops being runnable and gives up the CPU; returns when someone
     * {@link #wake(Entity) wakes} it and the scheduler picks it again.
     */
    public void sleep() {
        Entity self = requireCurrent();
        self.queued = false;
        runQueue.remove(self);
        Coroutine.yieldNow();
    }

    /** The running entity stays runnable but goes to the back of the run queue. */
    public void yieldCpu() {
        Entity self = requireCurrent();
        runQueue.remove(self);
        runQueue.add(self);
        Coroutine.yieldNow();
    }

    /** The running entity is finished: it leaves the run queue and is never resumed. */
    public void exit() {
        Entity self = requireCurrent();
        self.dead = true;
        self.queued = false;
        runQueue.remove(self);
        Coroutine.yieldNow();
        throw new IllegalStateException("a dead task was resumed");
    }

    /** Marks an entity that is not the running one as dead (killed while asleep). */
    public void kill(Entity e) {
        e.dead = true;
        e.queued = false;
        runQueue.remove(e);
    }

    /** Makes a sleeping entity runnable; {@return false if it was already runnable or is dead} */
    public boolean wake(Entity e) {
        if (e.dead || e.queued) {
            return false;
        }
        e.queued = true;
        runQueue.add(e);
        return true;
    }

    /** Runs {@code action} in scheduler context when the clock reaches {@code when}. */
    public Timer at(long when, Runnable action) {
        Timer t = new Timer(Math.max(when, clock.now()), timerSeq++, action);
        timers.add(t);
        return t;
    }

    public void cancel(Timer t) {
        if (t != null) {
            t.cancelled = true;
            timers.remove(t);
        }
    }

    /** Counts one unit of work against the step budget; throws {@link BudgetExceeded} past it. */
    public void tick() {
        if (++steps > budget.maxSteps()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.STEPS,
                    "the run took more than " + budget.maxSteps() + " steps (an endless loop?)");
        }
    }

    public long steps() {
        return steps;
    }

    private Entity requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("no task is running");
        }
        return current;
    }

    /** Runs until every entity is dead, nothing can make progress, or a budget runs out. */
    public RunEnd run() {
        while (true) {
            fireDueTimers();
            if (runQueue.isEmpty()) {
                if (all.stream().allMatch(e -> e.dead)) {
                    return RunEnd.of(RunEnd.Reason.ALL_EXITED, clock.now());
                }
                Timer next = timers.peek();
                if (next == null) {
                    return RunEnd.of(RunEnd.Reason.DEADLOCK, clock.now());
                }
                if (next.when > budget.maxVirtualNanos()) {
                    return new RunEnd(RunEnd.Reason.BUDGET, clock.now(), java.util.Optional.of(
                            "virtual time would pass the budget of " + VirtualClock.format(budget.maxVirtualNanos())
                                    + "s"), java.util.Optional.empty());
                }
                clock.advanceTo(next.when);
                continue;
            }
            Entity e = runQueue.get(choices.choose(ChoicePoint.RUN_TASK, runQueue.size()));
            current = e;
            try {
                e.coroutine.resume();
            } catch (BudgetExceeded b) {
                return new RunEnd(RunEnd.Reason.BUDGET, clock.now(), java.util.Optional.of(b.getMessage()),
                        java.util.Optional.of(b));
            } catch (RuntimeException | Error t) {
                return new RunEnd(RunEnd.Reason.ERROR, clock.now(), java.util.Optional.ofNullable(t.getMessage()),
                        java.util.Optional.of(t));
            } finally {
                current = null;
            }
            if (e.coroutine.isDone()) {
                e.dead = true;
                e.queued = false;
                runQueue.remove(e);
            }
            try {
                tick();
            } catch (BudgetExceeded b) {
                return new RunEnd(RunEnd.Reason.BUDGET, clock.now(), java.util.Optional.of(b.getMessage()),
                        java.util.Optional.of(b));
            }
        }
    }

    private void fireDueTimers() {
        while (!timers.isEmpty() && timers.peek().when <= clock.now()) {
            long when = timers.peek().when;
            List<Timer> due = new ArrayList<>();
            while (!timers.isEmpty() && timers.peek().when == when) {
                due.add(timers.poll());
            }
            while (!due.isEmpty()) {
                Timer t = due.remove(choices.choose(ChoicePoint.TIMER_TIE, due.size()));
                if (!t.cancelled) {
                    t.cancelled = true;
                    t.action.run();
                }
            }
        }
    }
}
