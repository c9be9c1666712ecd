package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.testkit.TestPlatform;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CPP on the testkit's in-memory platform, with synthetic households of Kelurahan Miroto. */
final class Fixture {

    static final Actor PSM = new Actor("sari", "PSM Sari", Role.PSM, null);
    static final Actor TKSK = new Actor("budi", "TKSK Budi", Role.TKSK, null);

    final TestPlatform platform = new TestPlatform();
    final CppProgram program;

    Fixture() {
        this(Map.of());
    }

    /** @param overrides configuration values that differ from the defaults */
    Fixture(Map<String, Object> overrides) {
        CppConfig config = (CppConfig) Proxy.newProxyInstance(CppConfig.class.getClassLoader(),
                new Class<?>[] {CppConfig.class}, (p, m, args) -> m.getName().equals("annotationType")
                        ? CppConfig.class : overrides.getOrDefault(m.getName(), m.getDefaultValue()));
        program = new CppProgram(platform.counters, platform.recipients, platform.residents, platform.clock,
                platform.audit, platform.store, config);
    }

    static String nik(int serial) {
        return "3374011405792" + "%03d".formatted(serial % 1000);
    }

    static String kk(int serial) {
        return "3374011712132" + "%03d".formatted(serial % 1000);
    }

    static Map<String, Object> row(int serial) {
        Map<String, Object> r = new HashMap<>();
        r.put("nik", nik(serial));
        r.put("kk", kk(serial));
        r.put("name", "Warga " + serial);
        r.put("address", "Jl. Miroto No. " + serial);
        r.put("rt", "001");
        r.put("rw", "002");
        r.put("kelurahan", "Miroto");
        return r;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> op(String operation, Actor actor, Object... keyValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            input.put((String) keyValues[i], v instanceof Integer n ? BigDecimal.valueOf(n) : v);
        }
        if (operation.equals("claim")) {
            // every hand-over records its proof; tests about the proof itself call the program directly
            input.putIfAbsent("proof", "TANDA_TANGAN");
        }
        return (Map<String, Object>) program.operate(operation, input, actor);
    }

    /** An event on 5 December 2026 with {@code households} listed and {@code stockKg} received. */
    String event(int households, int stockKg) {
        String id = (String) op("create-event", TKSK, "date", "2026-12-05", "place", "Balai Kelurahan Miroto",
                "kgPerHousehold", 10, "stockKg", stockKg).get("id");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= households; i++) {
            rows.add(row(100 + i));
        }
        if (!rows.isEmpty()) {
            op("import", PSM, "eventId", id, "rows", rows);
        }
        return id;
    }
}
