package id.anjungan.host.platform.control;

import id.anjungan.host.config.Setting;
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
        return Settings.value(Setting.KELURAHAN_NAME);
    }

    @Override
    public String kecamatan() {
        return Settings.value(Setting.KELURAHAN_KECAMATAN);
    }

    @Override
    public String city() {
        return Settings.value(Setting.KELURAHAN_CITY);
    }

    @Override
    public String cityCode() {
        return kecamatanCode().substring(0, 4);
    }

    @Override
    public String kecamatanCode() {
        return Settings.value(Setting.KELURAHAN_KECAMATAN_CODE);
    }
}
