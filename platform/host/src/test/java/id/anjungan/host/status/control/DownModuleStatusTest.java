package id.anjungan.host.status.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.TestPrograms;
import id.anjungan.host.modules.control.ModuleJars;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.testbundles.DeafProgram;
import id.anjungan.host.testbundles.TestBundles;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.testkit.MemoryResidents;
import id.anjungan.testkit.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A status lookup with a module that hangs deaf to interrupts: it is named as unavailable, the others answer. */
class DownModuleStatusTest {

    static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"";

    @TempDir
    Path home;
    private TestHost host;
    private final StatusLookup lookup = new StatusLookup();

    @BeforeEach
    void start() throws Exception {
        System.setProperty("anjungan.module.timeout.ms", "400");
        System.setProperty("anjungan.module.cooldown.s", "600");
        host = TestHost.start(home);
        host.modules.install(ModuleJars.example());
        host.modules.install(TestBundles.bundle(DeafProgram.class, "DEAF", SPI));
        lookup.programs = TestPrograms.over(host.runtime);
        lookup.lists = new StoredRecipientLists() {
            @Override
            public Map<String, RecipientRecord> newestEntries(String nik) {
                return Map.of();
            }

            @Override
            public List<String> periods(String program) {
                return List.of("2026-11"); // every program has a list, so every program is asked
            }

            @Override
            public java.util.Optional<id.anjungan.host.recipients.control.StoredRecipientLists.NewestList> newestList(
                    String program) {
                return java.util.Optional.empty();
            }
        };
        lookup.clock = new SystemClock();
        lookup.residents = new MemoryResidents(new TestClock());
        lookup.audit = new HashChainedAudit() {
            @Override
            public void record(Actor actor, String action, String subject, String detail, String subjectNik) {
            }
        };
    }

    @AfterEach
    void stop() {
        System.setProperty(DeafProgram.WAKE_UP, "true");
        host.close();
        System.clearProperty("anjungan.module.timeout.ms");
        System.clearProperty("anjungan.module.cooldown.s");
        System.clearProperty(DeafProgram.WAKE_UP);
    }

    @Test
    void aModuleThatIsDownIsSkippedWithoutBeingAskedAndNamedWhileTheOthersAnswer() {
        for (int i = 0; i < 3; i++) { // each waits for the deaf module's timeout; then it is DOWN
            StatusLookup.Answer answer = ask("s" + i);
            assertEquals(List.of("RUJUKAN"), programs(answer.results()));
            assertEquals(List.of("DEAF"), programs(answer.unavailable()));
            assertTrue(message(answer).contains("tidak menjawab dalam"), message(answer));
        }
        for (int i = 3; i < 8; i++) {
            StatusLookup.Answer answer = ask("s" + i);
            assertEquals(List.of("RUJUKAN"), programs(answer.results()));
            assertEquals(List.of("DEAF"), programs(answer.unavailable()));
            assertEquals("Program DEAF sedang tidak dapat menjawab. Layanan lain tetap berjalan; coba lagi nanti.",
                    message(answer), "refused at once, not asked and waited for");
            assertEquals("Modul tuli", answer.unavailable().get(0).get("programName"));
        }
    }

    private StatusLookup.Answer ask(String session) {
        return lookup.answer(StatusLookupTest.NIK, StatusLookupTest.KK, new Actor(session, "Petugas", Role.TKSK, null),
                null, "id"); // staff: each call its own account, so the lookup limits stay out of the way
    }

    private static List<Object> programs(List<Map<String, Object>> answers) {
        return answers.stream().map(a -> a.get("program")).toList();
    }

    private static String message(StatusLookup.Answer answer) {
        return (String) answer.unavailable().get(0).get("message");
    }
}
