package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import java.util.Set;

/** Finds a report (from the street or the mental hospital) by tracking number and checks the state it needs. */
final class Reports {

    private Reports() {
    }

    static CaseRecord find(CaseStore cases, OperationInput in) {
        String tracking = in.text("tracking", Text.of("Nomor laporan", "Report number"), 5, 40);
        return cases.find(tracking)
                .filter(c -> RehabilitasiCatalog.CODE.equals(c.program())
                        && RehabilitasiCatalog.CASE_SERVICES.contains(c.service()))
                .orElseThrow(() -> ProgramException.of("unknown-report", "Laporan " + tracking + " tidak ditemukan.",
                        "Report " + tracking + " not found."));
    }

    static void requireState(CaseRecord c, Set<String> states, String actionId, String actionEn) {
        if (!states.contains(c.state())) {
            throw ProgramException.of("wrong-state", "Laporan " + c.tracking() + " tidak dapat " + actionId
                    + " pada tahap ini (" + c.state() + ").", "Report " + c.tracking() + " cannot be " + actionEn
                    + " at this stage (" + c.state() + ").");
        }
    }
}
