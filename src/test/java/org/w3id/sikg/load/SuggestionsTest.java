package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsCloseIdsOnly() {
        List<String> ids = List.of("japan", "united-states", "south-korea", "china");
        assertThat(Suggestions.closest("jpan", ids)).contains("japan");
        assertThat(Suggestions.closest("south-koera", ids)).contains("south-korea");
        assertThat(Suggestions.closest("Japan", ids)).contains("japan");
        assertThat(Suggestions.closest("russia", ids)).isEmpty();
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    }
}
