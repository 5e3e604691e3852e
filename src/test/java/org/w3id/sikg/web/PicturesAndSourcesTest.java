package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Small rules of presentation: dates to their precision, section locators in document order. */
class PicturesAndSourcesTest {

    @Test
    void datesShowAsPreciselyAsKnown() {
        assertThat(TimelinePictures.display("1994-08-01T00:00:00", "month", null, "day")).isEqualTo("1994-08");
        assertThat(TimelinePictures.display("1995-01-01T00:00:00", "year", null, "day")).isEqualTo("1995");
        assertThat(TimelinePictures.display("1990-01-01T00:00:00", "decade", null, "day")).isEqualTo("1990s");
        assertThat(TimelinePictures.display("1996-04-17T00:00:00", "day", null, "day")).isEqualTo("1996-04-17");
        assertThat(TimelinePictures.display("1990-08-02T00:00:00", "day", "1991-02-28T00:00:00", "day"))
                .isEqualTo("1990-08-02 – 1991-02-28");
        assertThat(TimelinePictures.display("1990-08-01T00:00:00", "month", "1991-01-01T00:00:00", "year"))
                .isEqualTo("1990-08 – 1991");
    }

    @Test
    void sectionLocatorsSortInDocumentOrder() {
        List<String> locators = new ArrayList<>(List.of("§4.1", "§2.10", "fn1", "§2.9", "§2", "§10"));
        locators.sort(Provenance::compareLocators);
        assertThat(locators).containsExactly("fn1", "§2", "§2.9", "§2.10", "§4.1", "§10");
    }
}
