package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.Ledger;
import id.anjungan.testkit.MemoryLedger;
import id.anjungan.testkit.TestClock;

class MemoryLedgerContractTest extends LedgerContract {

    @Override
    protected Ledger ledger() {
        return new MemoryLedger(new TestClock());
    }
}
