package id.anjungan.spi.platform;

import org.osgi.annotation.versioning.ProviderType;

/** Where this kiosk stands; set per deployment. Program rules take their own values from ConfigAdmin. */
@ProviderType
public interface Kelurahan {

    /** e.g. "Miroto" */
    String name();

    /** e.g. "Semarang Tengah" */
    String kecamatan();

    /** e.g. "Kota Semarang" */
    String city();

    /** Province + city code of NIKs issued here, e.g. {@code "3374"}. */
    String cityCode();

    /** Province + city + kecamatan code, e.g. {@code "337403"}. */
    String kecamatanCode();
}
