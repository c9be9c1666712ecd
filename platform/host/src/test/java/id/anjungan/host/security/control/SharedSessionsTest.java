package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.grid.MemorySharedMap;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two city nodes sharing staff sessions on the data grid. */
class SharedSessionsTest {

    private static final Actor TKSK = new Actor("tksk", "Bu Ratna", Role.TKSK, null);
    private Instant now = Instant.parse("2026-12-06T01:00:00Z");
    private final MemorySharedMap<String> grid = new MemorySharedMap<>();
    private final Sessions node1 = node();
    private final Sessions node2 = node();

    private Sessions node() {
        Sessions node = new Sessions();
        node.clock = () -> now;
        node.shared = grid;
        return node;
    }

    @Test
    void aTokenIssuedByOneNodeWorksOnTheOtherAndOutlivesIt() {
        String token = node1.open(TKSK);
        assertEquals(Optional.of(TKSK), node2.actor(token));
        Sessions restarted = node();
        assertEquals(Optional.of(TKSK), restarted.actor(token), "a node that never saw it");
    }

    @Test
    void theGridHoldsTextNotTheWarsClasses() {
        String token = node1.open(TKSK);
        assertTrue(grid.entries().get(token).startsWith("{\"username\":\"tksk\""), grid.entries().get(token));
    }

    @Test
    void aLogoutOnOneNodeEndsTheTokenEverywhere() {
        String token = node1.open(TKSK);
        assertTrue(node1.actor(token).isPresent());
        node2.close(token);
        assertTrue(node1.actor(token).isEmpty());
        assertTrue(node2.actor(token).isEmpty());
    }

    @Test
    void idleTimeAndLifetimeHoldAcrossNodes() {
        String token = node1.open(TKSK);
        for (int hour = 1; hour < 12; hour++) {
            now = now.plus(Duration.ofHours(1));
            assertTrue((hour % 2 == 0 ? node1 : node2).actor(token).isPresent(), "hour " + hour);
        }
        now = now.plus(Duration.ofHours(1));
        assertTrue(node2.actor(token).isEmpty());
        String idle = node2.open(TKSK);
        now = now.plus(Duration.ofHours(8));
        assertTrue(node1.actor(idle).isEmpty());
    }

    @Test
    void anAssistedSessionIsSeenByTheOtherNode() {
        Actor psm = new Actor("psm", "Pak Joko", Role.PSM, null);
        String token = node1.open(psm);
        node1.assist(token, "3374014101800003");
        assertEquals("3374014101800003", node2.actor(token).orElseThrow().onBehalfOfNik());
        node2.assist(token, null);
        assertEquals(null, node1.actor(token).orElseThrow().onBehalfOfNik());
    }

    /** While the grid does not answer, a node serves the tokens it has seen and asks the others to try again. */
    @Test
    void aSilentGridLeavesANodeWithWhatItSaw() {
        String seen = node1.open(TKSK);
        String unseen = node2.open(TKSK);
        grid.silent = true;
        assertEquals(Optional.of(TKSK), node1.actor(seen));
        Problem wait = assertThrows(Problem.class, () -> node1.actor(unseen));
        assertEquals(503, wait.status());
        assertEquals(503, assertThrows(Problem.class, () -> node1.open(TKSK)).status(), "a login must reach the grid");
        assertEquals(503, assertThrows(Problem.class, () -> node1.close(seen)).status(), "and so must a logout");
        grid.silent = false;
        assertTrue(node2.actor(seen).isPresent(), "a refused logout ended nothing");
        node1.close(seen);
        assertTrue(node2.actor(seen).isEmpty(), "the logout tried again");
    }
}
