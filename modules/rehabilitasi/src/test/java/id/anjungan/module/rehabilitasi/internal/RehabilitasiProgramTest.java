package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RehabilitasiProgramTest {

    private final Fixture f = new Fixture();
    private final ProgramDescriptor descriptor = f.program.descriptor();

    @Test
    void dinsosKotaDecidesAndDinsosProvPlacesInItsPanti() {
        assertEquals("Dinas Sosial Kota Semarang (tempat di panti provinsi: Dinas Sosial Provinsi Jawa Tengah)",
                descriptor.decidedBy().in("id"));
        assertTrue(descriptor.decidedBy().in("en").startsWith("the city social office"));
        assertEquals("Dinas Sosial Kabupaten Kendal", new Fixture(Map.of("decidedBy", "Dinas Sosial Kabupaten Kendal"))
                .program.descriptor().decidedBy().in("id"));
    }

    @Test
    void theDesksAreTheTksksAndShipTheirScreens() {
        assertEquals(ServiceKind.DESK, descriptor.service("rujukan").orElseThrow().kind());
        assertEquals(ServiceKind.DESK, descriptor.service("penempatan-panti").orElseThrow().kind());
        descriptor.operations().forEach(o -> assertEquals(o.id().equals("rekap-ppks")
                ? Set.of(Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS) : Set.of(Role.TKSK), o.roles(), o.id()));
        assertNotNull(getClass().getClassLoader().getResource("ui/" + descriptor.icon()));
        descriptor.screens().forEach(s -> assertNotNull(getClass().getClassLoader().getResource("ui/" + s.script()),
                s.script()));
    }

    @Test
    void theItAdminHasNoFieldPowers() {
        descriptor.services().forEach(s -> assertFalse(s.startedBy().contains(Role.ADMIN), s.id()));
        descriptor.screens().forEach(s -> assertFalse(s.roles().contains(Role.ADMIN), s.id()));
        descriptor.workflows().forEach(w -> w.transitions().forEach(t -> assertFalse(t.roles().contains(Role.ADMIN),
                t.id())));
    }

    @Test
    void unknownOperationsAreRefused() {
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> f.program.operate("hapus", Map.of(), Fixture.TKSK)).reason().code());
    }
}
