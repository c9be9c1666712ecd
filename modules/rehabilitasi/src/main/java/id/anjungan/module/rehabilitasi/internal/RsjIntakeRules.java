package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A hospital patient enters the panti route only once the hospital declared them recovered or stable and the family
 * was searched for in vain (000:L4414-4426); the receipt names the panti that take people with mental illness.
 */
final class RsjIntakeRules {

    private final PantiRegistry registry;
    private final RehabilitasiConfig config;

    RsjIntakeRules(PantiRegistry registry, RehabilitasiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    Assessment assess(Submission s) {
        List<Reason> refusals = new ArrayList<>();
        if (!s.yes("declaredRecovered")) {
            refusals.add(Reason.of("not-declared-recovered",
                    "Pasien diterima setelah rumah sakit jiwa menyatakannya sembuh atau stabil.",
                    "The patient is taken on once the mental hospital declares them recovered or stable."));
        }
        if (!s.yes("familyNotFound")) {
            refusals.add(Reason.of("family-not-searched",
                    "Cari keluarganya dulu bersama pekerja sosial rumah sakit. Bila keluarga ditemukan, pasien "
                            + "pulang ke keluarga dan didampingi TKSK.",
                    "Search for the family first with the hospital's social worker. If the family is found, the "
                            + "patient goes home to them and the TKSK accompanies them."));
        }
        if (!refusals.isEmpty()) {
            return Assessment.refuse(refusals);
        }
        String panti = registry.all().stream().filter(p -> p.accepts(Category.ODGJ.name())).map(Panti::name)
                .collect(Collectors.joining(", "));
        return Assessment.accept(RsjIntakeForm.checklist(config), Text.of("TKSK mengajukan penempatan" + (panti.isEmpty() ? "" : " di "
                        + panti) + " melalui " + config.dinsosName() + ", sesuai tempat yang tersedia.",
                "The TKSK requests a place" + (panti.isEmpty() ? "" : " at " + panti) + " through "
                        + config.dinsosName() + ", as places become available.")).inCategory("RSJ");
    }
}
