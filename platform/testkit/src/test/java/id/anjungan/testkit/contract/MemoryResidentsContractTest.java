package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.ResidentRegistry;
import id.anjungan.testkit.MemoryResidents;
import id.anjungan.testkit.TestClock;

class MemoryResidentsContractTest extends ResidentRegistryContract {

    @Override
    protected ResidentRegistry residents() {
        return new MemoryResidents(new TestClock());
    }
}
