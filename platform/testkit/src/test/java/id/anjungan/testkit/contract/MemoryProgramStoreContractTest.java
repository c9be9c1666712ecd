package id.anjungan.testkit.contract;

import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.testkit.MemoryProgramStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class MemoryProgramStoreContractTest extends ProgramStoreContract {

    private final Map<String, MemoryProgramStore> stores = new ConcurrentHashMap<>();

    @Override
    protected ProgramStore store(String program) {
        return stores.computeIfAbsent(program, p -> new MemoryProgramStore());
    }
}
