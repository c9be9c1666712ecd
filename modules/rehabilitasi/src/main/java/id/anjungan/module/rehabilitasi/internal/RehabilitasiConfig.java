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

    @AttributeDefinition(description = "Kelurahan of the kecamatan the TKSK covers")
    String[] kelurahan() default {"Miroto", "Brumbungan", "Jagalan", "Kranggan", "Gabahan", "Kembangsari", "Sekayu",
        "Pandansari", "Bangunharjo", "Kauman", "Purwodinatan", "Karangkidul", "Pekunden", "Pendrikan Kidul",
        "Pendrikan Lor"};

    @AttributeDefinition(description = "Panti registry, one per line: id|name|location|categories (comma-separated: "
            + "PGOT, ANAK, LANSIA, DISABILITAS, ODGJ)|places for this kecamatan. Quotas to be confirmed with Dinsos.")
    String[] panti() default {
        "salam-sari|Panti Rehabilitasi Sosial Salam Sari|Boja, Kabupaten Kendal|ODGJ,DISABILITAS|5",
        "samekto-karti|Panti Rehabilitasi Sosial Samekto Karti|Kabupaten Pemalang|PGOT,LANSIA|5"};

    @AttributeDefinition(description = "Days the TKSK has to respond to a report")
    int reportSlaDays() default 1;

    @AttributeDefinition(description = "Days to decide on referral, placement or return to family")
    int handlingSlaDays() default 7;

    @AttributeDefinition(description = "Days a hospital referral may stay open")
    int referralSlaDays() default 14;

    @AttributeDefinition(description = "Days after leaving the panti when the TKSK visits")
    int[] monitoringDays() default {30, 90, 180};
}
