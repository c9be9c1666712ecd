package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void theDesksAreTheTksksAndShipTheirScreens() {
        assertEquals(ServiceKind.DESK, descriptor.service("rujukan").orElseThrow().kind());
        assertEquals(ServiceKind.DESK, descriptor.service("penempatan-panti").orElseThrow().kind());
        descriptor.operations().forEach(o -> assertEquals(Set.of(Role.TKSK, Role.ADMIN), o.roles(), o.id()));
        assertNotNull(getClass().getClassLoader().getResource("ui/" + descriptor.icon()));
        descriptor.screens().forEach(s -> assertNotNull(getClass().getClassLoader().getResource("ui/" + s.script()),
                s.script()));
    }

    @Test
    void unknownOperationsAreRefused() {
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> f.program.operate("hapus", Map.of(), Fixture.TKSK)).reason().code());
    }
}
