package id.anjungan.module.santunankematian.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The city's rules. Defaults follow Kota Semarang today (module README, "Rules and their sources"): Perwal Semarang
 * 16/2019 and 31/2023 give the benefit to poor residents registered in DTKS, now DTSEN (Inpres 4/2025), Rp3.000.000
 * per deceased since 2022; no filing deadline is published, so the cut-off is off unless a city sets one.
 */
@ObjectClassDefinition(name = "Santunan Kematian", description = "City death benefit rules; they change by city and year")
@interface SantunanConfig {

    @AttributeDefinition(description = "Benefit paid per deceased, whole rupiah (Kota Semarang 2022-2024: 3000000)")
    long amount() default 3_000_000L;

    @AttributeDefinition(description = "Days after the date of death within which the heir must apply; 0 = no "
            + "cut-off (no source sets one for Kota Semarang)")
    int deadlineDays() default 0;

    @AttributeDefinition(description = "Which identity numbers of the deceased must carry a residency region code")
    Residency residency() default Residency.NIK_OR_KK;

    @AttributeDefinition(description = "Region code prefixes counted as residents (province+city, e.g. 3374, or "
            + "province+city+kecamatan); empty means the kiosk's own city")
    String[] regions() default {};

    @AttributeDefinition(description = "Whether the deceased's household must be registered in DTKS/DTSEN "
            + "(Perwal Semarang 16/2019 and 31/2023: for poor residents)")
    boolean dtsenRequired() default true;

    @AttributeDefinition(description = "Imported recipient lists (program codes) whose rows prove that a household "
            + "is in DTSEN: DTSEN = the kelurahan's SIKS-NG extract; BPNT and CPP recipients are drawn from DTSEN")
    String[] dtsenLists() default {"DTSEN", "BPNT", "CPP"};

    @AttributeDefinition(description = "Required documents, one per entry as id|Bahasa Indonesia|English")
    String[] documents() default {
        "akta-kematian|Akta kematian atau surat keterangan kematian dari kelurahan/rumah sakit"
                + "|Death certificate or death letter from the kelurahan/hospital",
        "kk-almarhum|Kartu Keluarga almarhum/almarhumah|Family card (KK) of the deceased",
        "ktp-almarhum|KTP almarhum/almarhumah|Identity card (KTP) of the deceased",
        "ktp-ahli-waris|KTP ahli waris|Identity card (KTP) of the heir",
        "surat-ahli-waris|Surat keterangan ahli waris dari kelurahan|Letter naming the heir from the kelurahan",
        "buku-tabungan|Buku tabungan ahli waris (halaman depan)|Heir's bank book (front page)",
        "bukti-dtsen|Surat keterangan terdaftar DTKS/DTSEN dari kelurahan (cetakan SIKS-NG)"
                + "|Letter from the kelurahan that the household is registered in DTKS/DTSEN (SIKS-NG printout)"
    };

    @AttributeDefinition(description = "Where the heir brings the original documents, in Bahasa Indonesia")
    String office() default "Kantor Kelurahan (Kasi Kesos)";

    @AttributeDefinition(description = "Days each step (verification, field check, proposal, decision) may take")
    int slaDays() default 7;
}
