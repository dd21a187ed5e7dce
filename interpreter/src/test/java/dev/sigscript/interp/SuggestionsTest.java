package dev.sigscript.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.interp.check.Suggestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void closest_swappedNeighbours_countAsOneEdit() {
        assertEquals(Optional.of("count"), Suggestions.closest("cuont", List.of("count", "other")));
        assertEquals(Optional.of("main"), Suggestions.closest("mian", List.of("main", "tx")));
    }

    @Test
    void closest_farFromEverything_suggestsNothing() {
        assertEquals(Optional.empty(), Suggestions.closest("zzzzzz", List.of("SIGUSR1", "SIGINT")));
    }

    @Test
    void closest_signalTypo_findsTheSignal() {
        assertEquals(Optional.of("SIGUSR1"), Suggestions.closest("SIGUSR3", List.of("SIGUSR1", "SIGHUP", "SIGINT")));
    }
}
