package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;

/** Finds a housing request of this program by its tracking number. */
final class Requests {

    private Requests() {
    }

    static CaseRecord find(CaseStore cases, String tracking) {
        return cases.find(tracking)
                .filter(c -> JumatKoinCatalog.CODE.equals(c.program()) && JumatKoinCatalog.REQUEST.equals(c.service()))
                .orElseThrow(() -> ProgramException.of("unknown-request", "Permohonan " + tracking
                        + " tidak ditemukan.", "Request " + tracking + " not found."));
    }
}
