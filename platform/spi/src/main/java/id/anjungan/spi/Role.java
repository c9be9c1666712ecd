package id.anjungan.spi;

/** Who acts at the kiosk or behind it. */
public enum Role {
    /** A resident using the kiosk alone, without login. */
    RESIDENT,
    /** Pekerja Sosial Masyarakat: volunteer who operates the kiosk on a resident's behalf. */
    PSM,
    /** Tenaga Kesejahteraan Sosial Kecamatan: works the case queue, pendamping for BPNT and KJS. */
    TKSK,
    /** Head of the kelurahan's social-welfare section. */
    KASI_KESOS,
    /** Head of the kecamatan. */
    CAMAT,
    /** City or province social office. */
    DINSOS,
    /** Installs and enables program modules. */
    ADMIN
}
