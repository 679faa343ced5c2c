package io.kopilka.pos.rkeeper.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The r_keeper plugin's settings ({@code etc/io.kopilka.pos.rkeeper.cfg}, or the web console). */
@ObjectClassDefinition(name = "Kopilka r_keeper plugin")
@interface RkeeperConfig {

    @AttributeDefinition(name = "Discount codes", description = "Kopilka tier = r_keeper discount number, comma "
            + "separated; configure each discount in r_keeper with the tier's percent")
    String discount_codes() default "Standard=1,Gold=2,VIP=3";

    @AttributeDefinition(name = "Default discount code", description = "For guests without a tier; 0: none")
    int default_discount_code() default 0;

    @AttributeDefinition(name = "Bonus code", description = "The r_keeper bonus number that shows Kopilka's bonus")
    int bonus_code() default 1;

    @AttributeDefinition(name = "Venue codes", description = "FarCards restaurant code = Kopilka venue code, comma "
            + "separated; a restaurant not listed is the venue with the same code")
    String venue_codes() default "";

    @AttributeDefinition(name = "Silence (minutes)", description = "A restaurant not heard from this long is "
            + "reported as connection lost; r_keeper sends no heartbeat, so suit it to the venue's quietest hours")
    int silence_minutes() default 30;

    @AttributeDefinition(name = "Time zone", description = "The restaurants' zone, for r_keeper's local times")
    String zone() default "Europe/Moscow";
}
