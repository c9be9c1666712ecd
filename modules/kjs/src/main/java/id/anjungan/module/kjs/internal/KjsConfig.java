package id.anjungan.module.kjs.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "KJS", description = "Kartu Jawa Tengah Sejahtera: amount, rhythm, bank and offices "
        + "of this year and kecamatan")
@interface KjsConfig {

    @AttributeDefinition(description = "Rupiah per payment (Rp1.110.000 per quarter in Semarang Tengah's account)")
    long amountPerPayment() default 1_110_000;

    @AttributeDefinition(description = "Months one payment covers")
    int paymentEveryMonths() default 3;

    @AttributeDefinition(description = "Months of the year in which funds are disbursed")
    int[] disbursementMonths() default {3, 6, 9, 12};

    @AttributeDefinition(description = "Usual day of the month funds are ready")
    int disbursementDay() default 15;

    @AttributeDefinition(description = "Paying bank")
    String bank() default "Bank Jateng";

    @AttributeDefinition(description = "Branch where the pendamping disburses")
    String bankBranch() default "Bank Jateng Kantor Cabang Semarang";

    @AttributeDefinition(description = "Office issuing the Surat Tugas for collective disbursement")
    String dinasSosial() default "Dinas Sosial Kota Semarang";

    @AttributeDefinition(description = "Age from which neglected elderly are proposed")
    int elderlyAge() default 60;

    @AttributeDefinition(description = "Fewest recipients of a collective disbursement")
    int minCollective() default 2;

    @AttributeDefinition(description = "Digits of a bank account number: fewest")
    int accountDigitsMin() default 10;

    @AttributeDefinition(description = "Digits of a bank account number: most")
    int accountDigitsMax() default 16;

    @AttributeDefinition(description = "Days a Surat Tugas for a collective disbursement stays usable after its date "
            + "(the seed gives none; one quarter by default)")
    int suratTugasValidDays() default 90;

    @AttributeDefinition(description = "Program whose lists name deceased residents (Santunan Kematian); empty for none")
    String deathListProgram() default "SANKEM";

    @AttributeDefinition(description = "Column of that list holding the deceased's NIK")
    String deathListColumn() default "nik_almarhum";

    @AttributeDefinition(description = "Days for each step of a proposal")
    int proposalSlaDays() default 14;

    @AttributeDefinition(description = "Days for each step of a retur report")
    int returSlaDays() default 14;

    @AttributeDefinition(description = "Days to record the account-number path for a card problem")
    int cardSlaDays() default 7;
}
