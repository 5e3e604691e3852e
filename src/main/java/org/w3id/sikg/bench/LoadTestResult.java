package org.w3id.sikg.bench;

import java.util.Optional;

/**
 * What the load test (issue 8) measured, or why it could not.
 *
 * @param unavailable why nothing was measured, or empty
 * @param startSeconds time from process start to the first answer
 * @param cqCount competency questions in the mix
 * @param pageCount resource pages in the mix (0 if pages are not served)
 * @param pagesNote why pages are missing from the mix, or empty
 * @param run the concurrent run
 * @param heapBeforeBytes the server's live heap before the run (after a full GC), if jcmd could read it
 * @param heapAfterBytes the same after the run
 */
public record LoadTestResult(Optional<String> unavailable, double startSeconds, int cqCount, int pageCount,
        Optional<String> pagesNote, Optional<LoadRunner.Result> run, Optional<Long> heapBeforeBytes,
        Optional<Long> heapAfterBytes) {

    public static LoadTestResult unavailable(String why) {
        return new LoadTestResult(Optional.of(why), Double.NaN, 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
