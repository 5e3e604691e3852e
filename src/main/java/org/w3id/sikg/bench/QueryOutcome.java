package org.w3id.sikg.bench;

/**
 * One execution of one query.
 *
 * @param rows number of result rows (-1 unless {@code status} is {@link Status#OK})
 * @param millis wall-clock time of the execution, all rows consumed (for a timeout: the timeout)
 * @param status how it ended
 * @param detail the error message, or empty
 */
public record QueryOutcome(long rows, double millis, Status status, String detail) {

    /** How an execution ended. */
    public enum Status {
        OK, TIMEOUT, ERROR,
        /** Not run: the configuration's time budget was used up before this query's turn. */
        SKIPPED
    }

    public static QueryOutcome ok(long rows, double millis) {
        return new QueryOutcome(rows, millis, Status.OK, "");
    }

    public static QueryOutcome timeout(double millis) {
        return new QueryOutcome(-1, millis, Status.TIMEOUT, "timed out after " + Math.round(millis) + " ms");
    }

    public static QueryOutcome error(double millis, String detail) {
        return new QueryOutcome(-1, millis, Status.ERROR, detail == null ? "" : detail);
    }

    public static QueryOutcome skipped() {
        return new QueryOutcome(-1, Double.NaN, Status.SKIPPED, "not run: time budget used up");
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
