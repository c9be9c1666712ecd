package id.anjungan.host.platform.control;

import id.anjungan.host.config.Settings;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.spi.platform.Kelurahan;
import jakarta.enterprise.context.ApplicationScoped;

/** Where this kiosk stands, from {@code anjungan.kelurahan.*} settings; defaults to Miroto, Semarang Tengah. */
@ApplicationScoped
public class ConfiguredKelurahan implements Kelurahan, PlatformService {

    @Override
    public Class<?> serviceType() {
        return Kelurahan.class;
    }

    @Override
    public String name() {
        return Settings.get("anjungan.kelurahan.name", "Miroto");
    }

    @Override
    public String kecamatan() {
        return Settings.get("anjungan.kelurahan.kecamatan", "Semarang Tengah");
    }

    @Override
    public String city() {
        return Settings.get("anjungan.kelurahan.city", "Kota Semarang");
    }

    @Override
    public String cityCode() {
        return kecamatanCode().substring(0, 4);
    }

    @Override
    public String kecamatanCode() {
        return Settings.get("anjungan.kelurahan.kecamatan.code", "337401");
    }
}
