package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.ScreeningAnswers;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpntEligibilityTest {

    @ParameterizedTest(name = "age {0} {1} chronic={2} poor={3} aid={4}")
    @CsvSource({
        "40,NONE,false,true,,POSSIBLE,usul",
        "67,NONE,false,true,,LIKELY,usul",
        "30,PHYSICAL,false,true,,LIKELY,usul",
        "30,NONE,true,true,PKH,LIKELY,usul",
        "40,NONE,false,false,,UNLIKELY,",
        "40,NONE,false,true,KJS,UNLIKELY,",
        "70,MENTAL,false,true,KJS,UNLIKELY,",
        "40,NONE,false,true,BPNT,NOT_RELEVANT,"})
    void screening(int age, Disability disability, boolean chronic, boolean poor, String aid,
                   Eligibility.Verdict verdict, String service) {
        Eligibility e = new Fixture().program.screen(new ScreeningAnswers(age, disability, chronic, false, poor,
                aid == null ? Set.of() : Set.of(aid), false, false, false));
        assertEquals(verdict, e.verdict());
        assertEquals(service, e.service());
        if ("KJS".equals(aid)) {
            assertEquals("registered-kjs", e.reasons().get(0).code());
        }
    }
}
