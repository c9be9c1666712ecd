package id.anjungan.host.city.control;

/** The city's sender to kiosks' queues, for tests of other packages. */
public final class TestToKiosks {

    private TestToKiosks() {
    }

    public static ToKiosks at(String url) {
        ToKiosks kiosks = new ToKiosks();
        kiosks.url = url;
        return kiosks;
    }
}
