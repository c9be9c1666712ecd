package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.testkit.TestPlatform;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A program on the testkit's in-memory platform, with synthetic residents of Semarang Tengah. */
final class Fixture {

    static final String DECEASED = "3374010505502001";
    static final String DECEASED_KK = "3374011203152001";
    static final String HEIR = "3374015203752002";
    static final String KENDAL_NIK = "3324010505502003";
    static final String KENDAL_KK = "3324011203152004";

    final TestPlatform platform = new TestPlatform();
    final SantunanKematianProgram program;

    Fixture() {
        this(Residency.NIK_OR_KK, 90);
    }

    Fixture(Residency residency, int deadlineDays) {
        this(config(residency, deadlineDays));
    }

    Fixture(SantunanConfig config) {
        program = program(config);
    }

    SantunanKematianProgram program(SantunanConfig config) {
        return new SantunanKematianProgram(platform.residents, platform.cases, platform.counters, platform.recipients,
                platform.clock, platform.kelurahan, platform.audit, config);
    }

    /** The given configuration with one attribute replaced. */
    static SantunanConfig with(SantunanConfig base, String attribute, Object value) {
        return (SantunanConfig) java.lang.reflect.Proxy.newProxyInstance(SantunanConfig.class.getClassLoader(),
                new Class<?>[] {SantunanConfig.class}, (p, m, args) ->
                        m.getName().equals(attribute) ? value : m.invoke(base, args));
    }

    @SuppressWarnings("BadAnnotationImplementation") // the component's configuration, never compared as an annotation
    static SantunanConfig config(Residency residency, int deadlineDays) {
        SantunanConfig defaults = defaults();
        return new SantunanConfig() {
            @Override public long amount() { return 3_000_000L; }
            @Override public int deadlineDays() { return deadlineDays; }
            @Override public Residency residency() { return residency; }
            @Override public String[] regions() { return new String[0]; }
            @Override public boolean dtsenRequired() { return true; }
            @Override public String[] dtsenLists() { return defaults.dtsenLists(); }
            @Override public String[] documents() { return defaults.documents(); }
            @Override public String office() { return "Kantor Kelurahan Miroto"; }
            @Override public int slaDays() { return 7; }
            @Override public Class<? extends Annotation> annotationType() { return SantunanConfig.class; }
        };
    }

    /** The annotation's own defaults, read through a proxy as DS would supply them without configuration. */
    static SantunanConfig defaults() {
        return (SantunanConfig) java.lang.reflect.Proxy.newProxyInstance(SantunanConfig.class.getClassLoader(),
                new Class<?>[] {SantunanConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }

    static Map<String, String> application(String deceased, String kk, String heir, String dateOfDeath) {
        Map<String, String> data = new HashMap<>();
        data.put(Fields.DECEASED_NIK, deceased);
        data.put(Fields.DECEASED_KK, kk);
        data.put(Fields.DECEASED_NAME, "Slamet Pranoto");
        data.put(Fields.DATE_OF_DEATH, dateOfDeath);
        data.put(Fields.DEATH_CERTIFICATE, "att-1");
        data.put(Fields.DTSEN, "UNKNOWN");
        data.put(Fields.HEIR_NIK, heir);
        data.put(Fields.HEIR_NAME, "Sri Lestari");
        data.put(Fields.RELATIONSHIP, "CHILD");
        data.put(Fields.BANK, "Bank Jateng");
        data.put(Fields.ACCOUNT_NUMBER, "2031004567");
        data.put(Fields.ACCOUNT_HOLDER, "Sri Lestari");
        return data;
    }

    static Submission submission(Map<String, String> data) {
        return new Submission("SANKEM", "ajukan", data, Actor.resident(), data.get(Fields.DECEASED_NIK));
    }

    static Submission valid() {
        return submission(application(DECEASED, DECEASED_KK, HEIR, "2026-11-01"));
    }

    /** Opens a case as the platform would after an accepted assessment. */
    CaseRecord open(String tracking, Map<String, String> data) {
        var now = platform.clock.now();
        return platform.cases.put(new CaseRecord(tracking, "SANKEM", "ajukan", SantunanWorkflow.SUBMITTED,
                data.get(Fields.DECEASED_NIK), null, data, now, null,
                List.of(new CaseStep(now, SantunanWorkflow.SUBMITTED, "submit", "Warga", ""))));
    }
}
