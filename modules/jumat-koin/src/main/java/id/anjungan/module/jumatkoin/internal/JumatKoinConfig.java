package id.anjungan.module.jumatkoin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jum'at Koin", description = "Friday coin fundraising of the kecamatan for repairing "
        + "or building the houses of poor PPKS families: after a disaster, or uninhabitable (RTLH)")
@interface JumatKoinConfig {

    @AttributeDefinition(description = "Name of the platform ledger holding the fund")
    String ledger() default "JUMATKOIN";

    @AttributeDefinition(description = "Coin boxes (kotak) whose counts may be recorded")
    String[] boxes() default {"Kantor Kecamatan Semarang Tengah", "Kelurahan Miroto", "Kelurahan Sekayu",
        "Kelurahan Pekunden", "Kelurahan Kauman", "Kelurahan Pendrikan Kidul"};

    @AttributeDefinition(description = "Kelurahan of the kecamatan; only houses there can be helped")
    String[] kelurahan() default {"Miroto", "Brumbungan", "Jagalan", "Kranggan", "Gabahan", "Kembangsari", "Sekayu",
        "Pandansari", "Bangunharjo", "Kauman", "Purwodinatan", "Karangkidul", "Pekunden", "Pendrikan Kidul",
        "Pendrikan Lor"};

    @AttributeDefinition(description = "Largest count of one box in rupiah; larger entries are taken for typos")
    long maxCollection() default 50_000_000L;

    @AttributeDefinition(description = "How many days back a collection may be dated")
    int maxBackdateDays() default 31;

    @AttributeDefinition(description = "Largest disbursement to one family in rupiah")
    long maxPerFamily() default 15_000_000L;

    @AttributeDefinition(description = "Months after the disaster during which a family may apply")
    int maxMonthsSinceDisaster() default 12;

    @AttributeDefinition(description = "Whether poor families may apply for an uninhabitable house (RTLH) without a "
            + "disaster; the seed says yes (000:L5711-5717, L5732-5734)")
    boolean uninhabitableHomes() default true;

    @AttributeDefinition(description = "Who decides which family the fund helps, in Bahasa Indonesia: the camat, "
            + "whose initiative the fund is and who approves each pay-out on the TKSK's survey (000:L5423-5431, "
            + "L5736-5746)")
    String decidedBy() default "Camat Semarang Tengah";

    @AttributeDefinition(description = "Who decides which family the fund helps, in English")
    String decidedByEnglish() default "the Camat (head) of Kecamatan Semarang Tengah";

    @AttributeDefinition(description = "Days the TKSK has to survey the house")
    int surveySlaDays() default 14;

    @AttributeDefinition(description = "Days the camat has to decide on a surveyed request")
    int approvalSlaDays() default 30;

    @AttributeDefinition(description = "Days the TKSK accompanies the repair before closing the case")
    int repairSlaDays() default 90;

    @AttributeDefinition(description = "Weeks shown in the public chart")
    int publicWeeks() default 26;

    @AttributeDefinition(description = "Points: house heavily damaged or uninhabitable")
    int weightDamageHeavy() default 40;

    @AttributeDefinition(description = "Points: moderate damage")
    int weightDamageModerate() default 20;

    @AttributeDefinition(description = "Points: light damage")
    int weightDamageLight() default 5;

    @AttributeDefinition(description = "Points: cause is fire")
    int weightFire() default 10;

    @AttributeDefinition(description = "Points: cause is flood")
    int weightFlood() default 5;

    @AttributeDefinition(description = "Points: storm, landslide or a collapsed house")
    int weightOtherDisaster() default 5;

    @AttributeDefinition(description = "Points: uninhabitable house (RTLH) without a disaster")
    int weightUninhabitable() default 5;

    @AttributeDefinition(description = "Points: the family cannot live in the house now")
    int weightDisplaced() default 15;

    @AttributeDefinition(description = "Points per child under 18 in the household")
    int weightPerChild() default 4;

    @AttributeDefinition(description = "Points per elderly member (60+)")
    int weightPerElderly() default 5;

    @AttributeDefinition(description = "Points per member with a disability")
    int weightPerDisabled() default 8;

    @AttributeDefinition(description = "Points: a woman heads the household")
    int weightFemaleHead() default 5;

    @AttributeDefinition(description = "Points: registered in DTKS/DTSEN")
    int weightDtks() default 10;

    @AttributeDefinition(description = "Points (usually negative): already helped for the house by another source")
    int weightOtherAid() default -15;

    @AttributeDefinition(description = "Points per full week of waiting, so no request waits forever")
    int weightPerWeekWaiting() default 1;

    @AttributeDefinition(description = "Most points waiting can give")
    int maxWaitingPoints() default 12;
}
