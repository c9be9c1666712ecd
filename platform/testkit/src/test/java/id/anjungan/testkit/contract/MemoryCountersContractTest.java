package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.Counters;
import id.anjungan.testkit.MemoryCounters;
import id.anjungan.testkit.TestClock;

class MemoryCountersContractTest extends CountersContract {

    @Override
    protected Counters counters() {
        return new MemoryCounters(new TestClock());
    }
}
