package id.anjungan.host.programstore.control;

import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.testkit.MemoryProgramStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class MemoryProgramStoreTest extends ProgramStoreContract {

    private final Map<String, MemoryProgramStore> stores = new ConcurrentHashMap<>();

    @Override
    ProgramStore store(String program) {
        return stores.computeIfAbsent(program, p -> new MemoryProgramStore());
    }
}
