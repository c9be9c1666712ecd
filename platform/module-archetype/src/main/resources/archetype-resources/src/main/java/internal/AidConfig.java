package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What the city changes without a new release: {@code ${configurationPid}.cfg} in the kiosk's configuration folder. */
@ObjectClassDefinition(name = "${programNameEn}", description = "Office, hours and deadlines")
@interface AidConfig {

    @AttributeDefinition(description = "Days the TKSK has to decide an application")
    int slaDays() default 14;

    @AttributeDefinition(description = "Office that serves applicants, in Bahasa Indonesia")
    String office() default "Kantor Kelurahan";

    @AttributeDefinition(description = "Opening hours, e.g. Senin-Jumat 08.00-15.00")
    String hours() default "Senin-Jumat 08.00-15.00";

    @AttributeDefinition(description = "Largest household (people) the program serves")
    int maxHousehold() default 12;
}
