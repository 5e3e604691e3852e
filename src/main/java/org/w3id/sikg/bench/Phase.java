package org.w3id.sikg.bench;

/**
 * One timed phase of a configuration, e.g. materialisation or store load.
 *
 * @param name short name, e.g. {@code materialise}
 * @param seconds wall-clock time
 * @param triplesIn triples the phase consumed (0 if not meaningful)
 * @param triplesOut triples the phase produced (0 if not meaningful)
 * @param peakHeapBytes peak used heap sampled during the phase (0 if not sampled)
 */
public record Phase(String name, double seconds, long triplesIn, long triplesOut, long peakHeapBytes) {

    /** Input triples per second, or NaN. */
    public double throughput() {
        return seconds > 0 && triplesIn > 0 ? triplesIn / seconds : Double.NaN;
    }
}
