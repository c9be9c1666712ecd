package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls started together run side by side, each within its own timeout. */
class ModuleCallsTest {

    private final ModuleCalls calls = new ModuleCalls(Duration.ofMillis(500));

    @AfterEach
    void stop() {
        calls.shutdown();
    }

    @Test
    void callsStartedTogetherRunSideBySide() {
        CountDownLatch secondRan = new CountDownLatch(1);
        // the first call can only finish once the second has run: one after the other it would time out
        ModuleCalls.Pending<Boolean> first = calls.start("BPNT", 1, null, p -> awaitQuietly(secondRan));
        ModuleCalls.Pending<String> second = calls.start("KJS", 2, null, p -> {
            secondRan.countDown();
            return "KJS";
        });
        assertTrue(first.get());
        assertEquals("KJS", second.get());
    }

    @Test
    void aCallThatHangsEndsWithItsTimeoutWhileTheOthersAnswer() {
        CountDownLatch never = new CountDownLatch(1);
        ModuleCalls.Pending<Boolean> hanging = calls.start("SANKEM", 1, null, p -> awaitQuietly(never));
        ModuleCalls.Pending<String> answering = calls.start("CPP", 2, null, p -> "CPP");
        assertEquals("CPP", answering.get());
        Problem problem = assertThrows(Problem.class, hanging::get);
        assertEquals(504, problem.status());
        assertTrue(problem.detail().en().contains("SANKEM"));
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
