package id.anjungan.module.bpnt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "BPNT", description = "Bantuan Pangan Non Tunai: amount, payment rhythm, channels, "
        + "offices and distribution schedule of this kelurahan")
@interface BpntConfig {

    @AttributeDefinition(description = "Rupiah per month (Rp200.000 since 2023)")
    long amountPerMonth() default 200_000;

    @AttributeDefinition(description = "Months paid at once, 2 or 3")
    int paymentEveryMonths() default 2;

    @AttributeDefinition(description = "Bank of the KKS accounts (a Himbara bank)")
    String bank() default "BNI";

    @AttributeDefinition(description = "Bank branch where KKS cards and PINs are handled")
    String bankBranch() default "BNI Kantor Cabang Pemuda Semarang";

    @AttributeDefinition(description = "Post office paying KPM without a bank account")
    String postOffice() default "Kantor Pos Semarang";

    @AttributeDefinition(description = "Channel assumed when the KPM list has no channel column: KKS or POS")
    String defaultChannel() default "KKS";

    @AttributeDefinition(description = "Police office for reports of loss")
    String police() default "Polsek Semarang Tengah";

    @AttributeDefinition(description = "Social office that forwards card reprints and list changes")
    String dinasSosial() default "Dinas Sosial Kota Semarang";

    @AttributeDefinition(description = "Distribution schedule, one per line: kelurahan|yyyy-MM-dd|place "
            + "(kelurahan * applies where no own line exists)")
    String[] schedule() default {
        "Miroto|2026-12-08|Balai Kelurahan Miroto",
        "Sekayu|2026-12-09|Balai Kelurahan Sekayu",
        "Pekunden|2026-12-10|Kantor Pos Pekunden",
        "*|2026-12-15|Kantor Kecamatan Semarang Tengah",
        "Miroto|2027-02-09|Balai Kelurahan Miroto",
        "*|2027-02-16|Kantor Kecamatan Semarang Tengah"};

    @AttributeDefinition(description = "Days the TKSK has for a card or payment problem")
    int cardSlaDays() default 7;

    @AttributeDefinition(description = "Days the TKSK has for a change of KPM condition")
    int changeSlaDays() default 14;

    @AttributeDefinition(description = "Days for each step of an usul or sanggah")
    int proposalSlaDays() default 14;

    @AttributeDefinition(description = "Days to arrange delivery by the e-Warung")
    int deliverySlaDays() default 3;

    @AttributeDefinition(description = "SLA days per 6T complaint category: CATEGORY=days")
    String[] complaintSlaDays() default {
        "SASARAN=14", "JUMLAH=3", "HARGA=3", "KUALITAS=3", "WAKTU=3", "ADMINISTRASI=7"};
}
