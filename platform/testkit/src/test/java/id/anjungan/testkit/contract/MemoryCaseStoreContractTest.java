package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.testkit.MemoryCaseStore;
import id.anjungan.testkit.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class MemoryCaseStoreContractTest extends CaseStoreContract {

    private MemoryCaseStore cases;

    @Override
    protected CaseStore cases() {
        cases = new MemoryCaseStore(new TestClock()).follows(PROGRAM);
        return cases;
    }

    @Override
    protected void open(String tracking, String service, String state, Map<String, String> data, Instant created) {
        cases.put(new CaseRecord(tracking, PROGRAM.code(), service, state, null, null, data, created, null,
                List.of(new CaseStep(created, state, "open", "Warga", ""))));
    }
}
