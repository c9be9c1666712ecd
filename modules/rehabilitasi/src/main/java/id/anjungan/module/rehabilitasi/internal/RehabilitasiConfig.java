package id.anjungan.module.rehabilitasi.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rehabilitasi sosial", description = "Reports of neglected people, hospital referrals, "
        + "panti placement within quotas and post-rehabilitation monitoring")
@interface RehabilitasiConfig {

    @AttributeDefinition(description = "City ambulance shown at once for an emergency")
    String ambulanceName() default "Ambulan Hebat Kota Semarang";

    @AttributeDefinition(description = "Number to call the ambulance")
    String ambulancePhone() default "112";

    @AttributeDefinition(description = "Referral hospital")
    String hospitalName() default "RSUP Dr. Kariadi";

    @AttributeDefinition(description = "Hospital phone number")
    String hospitalPhone() default "(024) 8413476";

    @AttributeDefinition(description = "Hospital unit the cover letter is addressed to (its social workers)")
    String hospitalUnit() default "Instalasi Pekerja Sosial Medis";

    @AttributeDefinition(description = "Office that issues the recommendation letter")
    String dinsosName() default "Dinas Sosial Kota Semarang";

    @AttributeDefinition(description = "Who decides on rehabilitation, in Bahasa Indonesia: Dinsos Kota recommends "
            + "(Bidang Rehsos, 000:L4344-4364) and Dinsos Prov decides places in its panti (000:L4414-4418)")
    String decidedBy() default "Dinas Sosial Kota Semarang (tempat di panti provinsi: Dinas Sosial Provinsi Jawa "
            + "Tengah)";

    @AttributeDefinition(description = "Who decides on rehabilitation, in English")
    String decidedByEnglish() default "the city social office, Dinas Sosial Kota Semarang (places in a provincial "
            + "panti: the Central Java provincial social office)";

    @AttributeDefinition(description = "Kelurahan of the kecamatan the TKSK covers")
    String[] kelurahan() default {"Miroto", "Brumbungan", "Jagalan", "Kranggan", "Gabahan", "Kembangsari", "Sekayu",
        "Pandansari", "Bangunharjo", "Kauman", "Purwodinatan", "Karangkidul", "Pekunden", "Pendrikan Kidul",
        "Pendrikan Lor"};

    // Samekto Karti is the province's panti for mental disability and took the seed's ODGJ (000:L4405-4412); the
    // seed names Salam Sari Boja as the second provincial panti (000:L4380-4384) without its categories, so those
    // are a setting. Places are what Dinsos Prov reports free on a date (000:L4414-4418), not a kecamatan quota.
    @AttributeDefinition(description = "Panti registry, one per line: id|name|location|categories (comma-separated: "
            + "PGOT, ANAK, LANSIA, DISABILITAS, ODGJ)|places Dinsos Prov reported free for referrals|date of that "
            + "report (YYYY-MM-DD). Update the line whenever Dinsos Prov reports again.")
    String[] panti() default {
        "samekto-karti|Panti Pelayanan Sosial Disabilitas Mental Samekto Karti|Comal, Kabupaten Pemalang|ODGJ|2|"
            + "2026-11-30",
        "salam-sari|Panti Rehabilitasi Sosial Salam Sari|Boja, Kabupaten Kendal|PGOT,LANSIA,DISABILITAS|3|2026-11-30"};

    @AttributeDefinition(description = "Mental hospital whose recovered patients without family the TKSK places")
    String mentalHospitalName() default "RSJD Dr. Amino Gondohutomo Semarang";

    @AttributeDefinition(description = "Days the TKSK has to respond to a report")
    int reportSlaDays() default 1;

    @AttributeDefinition(description = "Days to decide on referral, placement or return to family")
    int handlingSlaDays() default 7;

    @AttributeDefinition(description = "Days a hospital referral may stay open")
    int referralSlaDays() default 14;

    @AttributeDefinition(description = "Days after leaving the panti when the TKSK visits")
    int[] monitoringDays() default {30, 90, 180};
}
