package id.anjungan.module.cpp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CPP (Cadangan Pangan Pemerintah)", description = "Rice reserve distribution rules")
@interface CppConfig {

    @AttributeDefinition(description = "Kilograms of rice per household when an event does not say otherwise")
    int defaultKgPerHousehold() default 10;

    @AttributeDefinition(description = "Secret that signs invitation QR codes; empty means a random secret the "
            + "platform keeps for this program")
    String qrSecret() default "";

    @AttributeDefinition(description = "Who hands the rice to the kelurahan, named in the BAST (000:L5327-5358)")
    String supplier() default "Dinas Ketahanan Pangan Kota Semarang";

    @AttributeDefinition(description = "Whether someone else may collect for the PBP: a member of the same family "
            + "card, or a person with a surat kuasa (Bapanas practice)")
    boolean proxyPickup() default true;

    @AttributeDefinition(description = "What a household brings to the hand-over, in Bahasa Indonesia")
    String bringId() default "surat undangan dan KTP atau Kartu Keluarga";

    @AttributeDefinition(description = "What a household brings to the hand-over, in English")
    String bringEn() default "the invitation letter and the identity card (KTP) or family card (KK)";

    @AttributeDefinition(description = "Who to ask about the list, in Bahasa Indonesia")
    String contact() default "PSM atau Kasi Kesos di kantor kelurahan";
}
