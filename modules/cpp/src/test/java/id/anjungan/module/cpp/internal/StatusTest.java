package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static id.anjungan.module.cpp.internal.Fixture.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

    private final Fixture f = new Fixture();

    private StatusReport statusOf(String nik) {
        return f.program.status(f.platform.recipients.find("CPP", nik));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "before the day,         2026-11-23, false, Belum diambil.",
        "collected,              2026-12-05, true,  'Jatah rumah tangga Anda sudah diambil pada 5 Desember 2026 pukul 09.00.'",
        "day passed uncollected, 2026-12-06, false, Tanggal pembagian sudah berlalu dan jatah belum diambil. Tanyakan ke PSM atau Kasi Kesos di kantor kelurahan.",
    })
    void aListedHouseholdLearnsWhenWhereAndHowMuch(String why, LocalDate today, boolean collect, String note) {
        String event = f.event(3, 30);
        f.platform.clock.set(today);
        if (collect) {
            f.op("claim", PSM, "eventId", event, "kk", kk(102));
        }
        StatusReport s = statusOf(nik(102));
        assertTrue(s.registered());
        assertEquals(event, s.period());
        assertEquals("Sabtu, 5 Desember 2026 di Balai Kelurahan Miroto", s.schedule().id());
        assertEquals("Saturday 5 December 2026 at Balai Kelurahan Miroto", s.schedule().en());
        assertTrue(s.rhythm().id().startsWith("10 kg beras"));
        assertEquals(note, s.note().id(), why);
    }

    @Test
    void aListImportedBeforeItsEventUsesTheRowsDateAndPlace() {
        f.platform.recipients.put("CPP", "2026-12-12-01", java.util.List.of(new RecipientRecord("CPP",
                "2026-12-12-01", nik(7), kk(7), "Warga 7", "Jl. Sekayu", "001", "001", "Sekayu",
                Map.of("tanggal", "2026-12-12", "tempat", "Balai Kelurahan Sekayu", "kg", "5"))));
        StatusReport s = statusOf(nik(7));
        assertEquals("Sabtu, 12 Desember 2026 di Balai Kelurahan Sekayu", s.schedule().id());
        assertTrue(s.rhythm().id().startsWith("5 kg"));
    }

    @Test
    void aHouseholdNotOnTheNewestListIsToldWhoToAsk() {
        f.event(2, 20);
        StatusReport s = statusOf(nik(500));
        assertFalse(s.registered());
        assertTrue(s.note().id().contains("PSM atau Kasi Kesos"));
        assertEquals(Optional.empty(), Optional.ofNullable(s.amount()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "reserve household,  301, daftar cadangan",
        "replaced PBP,       101, sudah diganti sebagai PBP",
        "replacement PBP,    301, -",
    })
    void reserveAndReplacedRowsAreNotToldTheyAreInvited(String why, int serial, String says) {
        String event = f.event(2, 20);
        Map<String, Object> reserve = Fixture.row(301);
        reserve.put("cadangan", "ya");
        f.op("import", Fixture.TKSK, "eventId", event, "rows", java.util.List.of(reserve));
        if (!why.startsWith("reserve")) {
            f.op("replace", Fixture.TKSK, "eventId", event, "kk", kk(101), "reason", "TIDAK_DITEMUKAN",
                    "reserveKk", kk(301));
        }
        StatusReport s = statusOf(nik(serial));
        if (says.equals("-")) {
            assertTrue(s.registered(), why);
            assertTrue(s.rhythm().id().contains("per rumah tangga (PBP)"), s.rhythm().id());
            return;
        }
        assertFalse(s.registered(), why);
        assertTrue(s.note().id().contains(says), s.note().id());
    }
}
