package id.anjungan.module.cpp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.ProgramDescriptor;
import org.junit.jupiter.api.Test;

class DescriptorTest {

    private final ProgramDescriptor descriptor = new Fixture().program.descriptor();

    @Test
    void theNationalFoodAgencyDecidesNotTheDistributors() {
        assertEquals("CPP", descriptor.code());
        assertEquals("Badan Pangan Nasional", descriptor.decidedBy().in("id"));
        assertEquals("the National Food Agency (Badan Pangan Nasional)", descriptor.decidedBy().in("en"));
    }
}
