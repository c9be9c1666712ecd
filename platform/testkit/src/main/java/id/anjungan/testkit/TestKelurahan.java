package id.anjungan.testkit;

import id.anjungan.spi.platform.Kelurahan;

/** Kelurahan Miroto, Kecamatan Semarang Tengah, Kota Semarang. */
public final class TestKelurahan implements Kelurahan {

    @Override public String name() { return "Miroto"; }
    @Override public String kecamatan() { return "Semarang Tengah"; }
    @Override public String city() { return "Kota Semarang"; }
    @Override public String cityCode() { return "3374"; }
    @Override public String kecamatanCode() { return "337401"; }
}
