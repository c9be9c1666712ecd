package id.anjungan.module.bpnt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "BPNT", description = "Bantuan Pangan Non Tunai (Program Sembako), paid in cash per "
        + "tahap through a BNI account with the KKS or at the post office: amount, tahap calendar, offices and the "
        + "post office's pay-out days in this kecamatan")
@interface BpntConfig {

    @AttributeDefinition(description = "Rupiah per month (Rp200.000 since 2023, 000:L4764-4768)")
    long amountPerMonth() default 200_000;

    @AttributeDefinition(description = "Tahap calendar, one per line: tahap|first month|last month (yyyy-MM), "
            + "each 2 or 3 months (000:L4766-4768: every two or three months; reported tahap pay-outs are 3 months)")
    String[] tahaps() default {
        "2026-1|2026-01|2026-03", "2026-2|2026-04|2026-06", "2026-3|2026-07|2026-09", "2026-4|2026-10|2026-12",
        "2027-1|2027-01|2027-03"};

    @AttributeDefinition(description = "Bank of the KKS accounts (a Himbara bank; BNI in Semarang, 000:L4873-4878)")
    String bank() default "BNI";

    @AttributeDefinition(description = "Bank branch where KKS cards, PINs and blocked accounts are handled")
    String bankBranch() default "BNI Kantor Cabang Pemuda Semarang";

    @AttributeDefinition(description = "Post office paying KPM without a bank account (000:L5376-5380)")
    String postOffice() default "Kantor Pos Erlangga";

    @AttributeDefinition(description = "Channel assumed when the KPM list has no channel column: KKS or POS")
    String defaultChannel() default "KKS";

    @AttributeDefinition(description = "Police office for reports of loss (STPL)")
    String police() default "Polsek Semarang Tengah";

    @AttributeDefinition(description = "Social office that recommends card reprints to the bank and forwards list "
            + "changes")
    String dinasSosial() default "Dinas Sosial Kota Semarang";

    @AttributeDefinition(description = "Post office pay-out days for KPM without an account, one per line: "
            + "kelurahan|yyyy-MM-dd|place (kelurahan * applies where no own line exists); set per tahap")
    String[] postOfficePayouts() default {
        "Miroto|2026-12-08|Balai Kelurahan Miroto",
        "Sekayu|2026-12-09|Balai Kelurahan Sekayu",
        "Pekunden|2026-12-10|Kantor Pos Pekunden",
        "*|2026-12-15|Kantor Pos Erlangga"};

    @AttributeDefinition(description = "Days the TKSK has for a card or payment problem")
    int cardSlaDays() default 7;

    @AttributeDefinition(description = "Days the TKSK has for a change of KPM condition")
    int changeSlaDays() default 14;

    @AttributeDefinition(description = "Days for each step of an usul or sanggah")
    int proposalSlaDays() default 14;

    @AttributeDefinition(description = "Days to arrange a home pay-out or a family member's collection")
    int deliverySlaDays() default 3;

    @AttributeDefinition(description = "SLA days per complaint category: CATEGORY=days (no source sets them; "
            + "money held by others or cut is most urgent)")
    String[] complaintSlaDays() default {
        "KKS_DIPEGANG=3", "POTONGAN=3", "REKENING_DIBLOKIR=7", "KKS_BELUM_DITERIMA=14", "LAINNYA=7"};
}
