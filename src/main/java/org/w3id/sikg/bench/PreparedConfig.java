package org.w3id.sikg.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored configuration ready to be queried: its timed phases so far (materialisation, store load) and its open
 * store. The workload queries all prepared configurations together (interleaved warm passes), then closes them.
 *
 * @param name {@code B2}, {@code B3} or {@code SIKG}
 * @param description what the configuration is
 * @param phases the timed phases
 * @param store the loaded store
 * @param notes remarks for the report
 */
record PreparedConfig(String name, String description, List<Phase> phases, BenchStore store, List<String> notes)
        implements AutoCloseable {

    PreparedConfig {
        phases = List.copyOf(phases);
        notes = List.copyOf(notes);
    }

    /** The result, once the store has been queried. */
    ConfigResult result(List<QueryTiming> timings) {
        long peak = phases.stream().mapToLong(Phase::peakHeapBytes).max().orElse(0);
        return new ConfigResult(name, description, phases, timings, peak, notes);
    }

    /** This configuration with one more phase. */
    PreparedConfig with(Phase phase) {
        List<Phase> more = new ArrayList<>(phases);
        more.add(phase);
        return new PreparedConfig(name, description, more, store, notes);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
