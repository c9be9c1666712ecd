package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Reason;
import static id.anjungan.module.santunankematian.internal.Fields.*;

import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The program's own rules, checked after the platform validated the form; every failed rule gives a reason. */
final class ApplicationRules {

    private final ResidentRegistry residents;
    private final EarlierClaims earlier;
    private final Residency residency;
    private final GrantedBenefits granted;
    private final DtsenRegistration dtsen;
    private final List<String> regions;
    private final SantunanConfig config;

    ApplicationRules(ResidentRegistry residents, EarlierClaims earlier, GrantedBenefits granted, DtsenRegistration dtsen,
                     List<String> regions, SantunanConfig config) {
        this.residents = residents;
        this.earlier = earlier;
        this.granted = granted;
        this.dtsen = dtsen;
        this.residency = config.residency();
        this.regions = List.copyOf(regions);
        this.config = config;
    }

    List<Reason> refusals(Submission s, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        String deceased = s.get(DECEASED_NIK);
        if (!residency.holds(local(residents.checkNik(deceased)), local(residents.checkKk(s.get(DECEASED_KK))))) {
            reasons.add(Reason.of("not-city-resident",
                    "Almarhum/almarhumah tidak tercatat sebagai warga kota ini menurut " + residencyWordsId()
                            + ". Santunan ini hanya untuk warga kota; tanyakan ke kelurahan tempat KTP diterbitkan.",
                    "The deceased is not recorded as a resident of this city by " + residencyWordsEn()
                            + ". This benefit is for city residents only; ask the kelurahan that issued the KTP."));
        }
        dateOfDeath(s).ifPresentOrElse(died -> timing(died, today).ifPresent(reasons::add),
                () -> reasons.add(Reason.of("date-of-death-invalid", "Tanggal meninggal tidak terbaca.",
                        "The date of death cannot be read.")));
        if (deceased != null && deceased.equals(s.get(HEIR_NIK))) {
            reasons.add(Reason.of("heir-is-deceased",
                    "NIK ahli waris sama dengan NIK almarhum/almarhumah. Masukkan NIK anggota keluarga yang mengajukan.",
                    "The heir's NIK is the same as the deceased's. Enter the NIK of the family member who applies."));
        }
        if (config.dtsenRequired() && DtsenAnswer.NO.name().equals(s.get(DTSEN))
                && dtsen.evidence(deceased, s.get(DECEASED_KK), s.get(HEIR_NIK)).isEmpty()) {
            // Perwal Semarang 16/2019 and 31/2023: the benefit is for poor residents registered in DTKS/DTSEN
            reasons.add(Reason.of("not-in-dtsen",
                    "Santunan kematian dari Pemerintah Kota hanya untuk keluarga miskin yang terdaftar di DTSEN "
                            + "(dulu DTKS). Menurut jawaban Anda, keluarga almarhum/almarhumah tidak terdaftar. Bila "
                            + "keluarga merasa seharusnya terdaftar, tanyakan ke Kasi Kesos kelurahan; kelurahan dapat "
                            + "memeriksa dan mengusulkan pendaftaran.",
                    "The city's death benefit is only for poor households registered in DTSEN (formerly DTKS). "
                            + "According to your answer the deceased's household is not registered. If the family "
                            + "thinks it should be, ask the kelurahan's Kasi Kesos, who can check and propose it."));
        }
        if (deceased != null) {
            granted.refusal(deceased).or(() -> earlier.refusal(deceased)).ifPresent(reasons::add);
        }
        return reasons;
    }

    private Optional<Reason> timing(LocalDate died, LocalDate today) {
        if (died.isAfter(today)) {
            return Optional.of(Reason.of("date-of-death-in-future",
                    "Tanggal meninggal " + Text.date(died).id() + " belum terjadi. Periksa kembali tanggalnya.",
                    "The date of death " + Text.date(died).en() + " is in the future. Please check the date."));
        }
        int deadlineDays = config.deadlineDays();
        LocalDate lastDay = died.plusDays(deadlineDays);
        if (deadlineDays > 0 && today.isAfter(lastDay)) {
            return Optional.of(Reason.of("deadline-passed",
                    "Batas pengajuan " + deadlineDays + " hari setelah meninggal sudah berakhir (paling lambat "
                            + Text.date(lastDay).id() + "). Bila ada alasan khusus, bicarakan dengan Kasi Kesos.",
                    "Applications close " + deadlineDays + " days after the death (the last day was "
                            + Text.date(lastDay).en() + "). If there is a special reason, talk to the Kasi Kesos."));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateOfDeath(Submission s) {
        try {
            return s.date(DATE_OF_DEATH);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private boolean local(IdentityCheck check) {
        String region = check.regionCode();
        return check.valid() && region != null && regions.stream().anyMatch(region::startsWith);
    }

    private String residencyWordsId() {
        return switch (residency) {
            case NIK -> "NIK";
            case KK -> "alamat Kartu Keluarga";
            case NIK_OR_KK -> "NIK maupun Kartu Keluarga";
            case NIK_AND_KK -> "NIK dan Kartu Keluarga";
        };
    }

    private String residencyWordsEn() {
        return switch (residency) {
            case NIK -> "the NIK";
            case KK -> "the family card address";
            case NIK_OR_KK -> "either the NIK or the family card";
            case NIK_AND_KK -> "the NIK and the family card";
        };
    }
}
