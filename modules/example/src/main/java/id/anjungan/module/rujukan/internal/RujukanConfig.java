package id.anjungan.module.rujukan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rujukan program lain", description = "Where residents are referred to")
@interface RujukanConfig {

    @AttributeDefinition(description = "Days the TKSK has to act on a referral request")
    int slaDays() default 7;

    @AttributeDefinition(description = "Office that handles referrals, in Bahasa Indonesia")
    String office() default "Kantor Kesos kelurahan";
}
