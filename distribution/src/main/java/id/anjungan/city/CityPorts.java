package id.anjungan.city;

/**
 * The loopback ports of a demo city, all from one base: HAProxy on the base, city nodes on base+1 and +2, their data
 * grid on base+11 and +12, kiosks from base+21, the broker pair on base+31 (primary) and +32 (backup), Keycloak (the
 * staff identity provider) on base+33, HAProxy's statistics on base+40. Base+50 to +99 stay free for what a test puts between the pieces.
 */
public record CityPorts(int base) {

    public int city() {
        return base;
    }

    public int node(int i) {
        return base + i;
    }

    public int grid(int i) {
        return base + 10 + i;
    }

    public int kiosk(int i) {
        return base + 20 + i;
    }

    public int primaryBroker() {
        return base + 31;
    }

    public int backupBroker() {
        return base + 32;
    }

    public int keycloak() {
        return base + 33;
    }

    public int stats() {
        return base + 40;
    }

    /** A port for a test's own use (a link it can cut), 0 to 49. */
    public int spare(int i) {
        if (i < 0 || i > 49) {
            throw new IllegalArgumentException("spare ports are 0 to 49: " + i);
        }
        return base + 50 + i;
    }
}
