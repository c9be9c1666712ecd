package id.anjungan.module.santunankematian.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Santunan Kematian", description = "City death benefit rules; they change by city and year")
@interface SantunanConfig {

    @AttributeDefinition(description = "Benefit paid per deceased, whole rupiah")
    long amount() default 1_500_000L;

    @AttributeDefinition(description = "Days after the date of death within which the heir must apply")
    int deadlineDays() default 90;

    @AttributeDefinition(description = "Which identity numbers of the deceased must carry a residency region code")
    Residency residency() default Residency.NIK_OR_KK;

    @AttributeDefinition(description = "Region code prefixes counted as residents (province+city, e.g. 3374, or "
            + "province+city+kecamatan); empty means the kiosk's own city")
    String[] regions() default {};

    @AttributeDefinition(description = "Required documents, one per entry as id|Bahasa Indonesia|English")
    String[] documents() default {
        "akta-kematian|Akta kematian atau surat keterangan kematian dari kelurahan/rumah sakit"
                + "|Death certificate or death letter from the kelurahan/hospital",
        "kk-almarhum|Kartu Keluarga almarhum/almarhumah|Family card (KK) of the deceased",
        "ktp-almarhum|KTP almarhum/almarhumah|Identity card (KTP) of the deceased",
        "ktp-ahli-waris|KTP ahli waris|Identity card (KTP) of the heir",
        "surat-ahli-waris|Surat keterangan ahli waris dari kelurahan|Letter naming the heir from the kelurahan",
        "buku-tabungan|Buku tabungan ahli waris (halaman depan)|Heir's bank book (front page)"
    };

    @AttributeDefinition(description = "Where the heir brings the original documents, in Bahasa Indonesia")
    String office() default "Kantor Kelurahan (Kasi Kesos)";

    @AttributeDefinition(description = "Days each step (verification, field check, proposal, decision) may take")
    int slaDays() default 7;
}
