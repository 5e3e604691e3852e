package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

/**
 * Semi-naive forward chaining to a fixpoint. Round 0 applies the rules to every triple; each later round applies them
 * only to the triples the previous round added (the delta), joined against everything up to each delta triple. During
 * a round the store is frozen and the delta is split between worker threads; their conclusions are then merged in
 * order (so results and recorded derivations do not depend on the number of threads).
 */
final class SemiNaiveEngine {

    /** A clash as found: the rule, its premise positions and the arguments of its inconsistent(...) head. */
    record RawClash(int rule, int[] premises, int[] args) {
    }

    private final TripleStore store;
    private final List<CompiledRule> rules;
    private final Materialiser.Settings settings;
    private final DerivationLog log;
    private final RulePlans plans;
    private final List<RuleMatcher> workers = new ArrayList<>();
    private final List<RawClash> clashes = new ArrayList<>();
    private final Set<String> clashKeys = new HashSet<>();
    private final long[] firings;
    private int rounds;

    SemiNaiveEngine(TripleStore store, NodeDictionary dictionary, List<CompiledRule> rules, RulePlans plans,
            Materialiser.Settings settings, int firstDerived) {
        this.store = store;
        this.rules = rules;
        this.plans = plans;
        this.settings = settings;
        this.log = new DerivationLog(firstDerived, settings.recordDerivations());
        this.firings = new long[rules.size()];
        for (int i = 0; i < Math.max(1, settings.threads()); i++) {
            workers.add(new RuleMatcher(store, dictionary, plans, settings.recordDerivations()));
        }
    }

    DerivationLog log() {
        return log;
    }

    List<RawClash> clashes() {
        return clashes;
    }

    int rounds() {
        return rounds;
    }

    /** Number of new triples each rule added (indexed by rule). */
    long[] firings() {
        return firings;
    }

    /** Adds an axiom (the head of a rule with an empty body) before the first round. */
    void addAxiom(CompiledRule rule, int s, int p, int o) {
        int pos = store.add(s, p, o);
        if (pos >= 0) {
            log.record(pos, rule.index, null, 0, 0);
            firings[rule.index]++;
        }
    }

    /** Runs rounds until no rule adds a triple. */
    void run() {
        int from = 0;
        int to = store.size();
        ExecutorService pool = workers.size() > 1 ? Executors.newFixedThreadPool(workers.size()) : null;
        try {
            while (from < to) {
                if (++rounds > settings.maxRounds()) {
                    throw limit("more than " + settings.maxRounds() + " rounds");
                }
                plans.refresh(store);
                derive(pool, from, to);
                merge();
                from = to;
                to = store.size();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void derive(ExecutorService pool, int from, int to) {
        int n = workers.size();
        if (pool == null || to - from < 1024) {
            workers.get(0).process(from, to);
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        int chunk = (to - from + n - 1) / n;
        for (int i = 0; i < n; i++) {
            int a = from + i * chunk;
            int b = Math.min(to, a + chunk);
            RuleMatcher worker = workers.get(i);
            futures.add(pool.submit(() -> worker.process(a, b)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("materialisation interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    private void merge() {
        for (RuleMatcher worker : workers) {
            mergeConclusions(worker.conclusions);
            mergeClashes(worker.clashes);
            worker.reset();
        }
        if (store.size() - log.firstDerived() > settings.maxInferred()) {
            throw limit("more than " + settings.maxInferred() + " inferred triples");
        }
    }

    private void mergeConclusions(IntList buffer) {
        boolean record = settings.recordDerivations();
        int i = 0;
        while (i < buffer.size()) {
            int rule = buffer.get(i + 3);
            int premises = record ? rules.get(rule).body.length : 0;
            int pos = store.add(buffer.get(i), buffer.get(i + 1), buffer.get(i + 2));
            if (pos >= 0) {
                log.record(pos, rule, buffer, i + 4, premises);
                firings[rule]++;
            }
            i += 4 + premises;
        }
    }

    private void mergeClashes(IntList buffer) {
        int i = 0;
        while (i < buffer.size()) {
            CompiledRule rule = rules.get(buffer.get(i));
            int[] premises = new int[rule.body.length];
            int[] args = new int[rule.clash.args().length];
            for (int k = 0; k < premises.length; k++) {
                premises[k] = buffer.get(i + 1 + k);
            }
            for (int k = 0; k < args.length; k++) {
                args[k] = buffer.get(i + 1 + premises.length + k);
            }
            int[] key = premises.clone();
            Arrays.sort(key);
            if (clashKeys.add(rule.index + ":" + Arrays.toString(key))) {
                clashes.add(new RawClash(rule.index, premises, args));
            }
            i += 1 + premises.length + args.length;
        }
    }

    private static SikgException limit(String what) {
        return new SikgException(ErrorCode.REASON_LIMIT, "materialisation", "stopped after " + what);
    }
}
