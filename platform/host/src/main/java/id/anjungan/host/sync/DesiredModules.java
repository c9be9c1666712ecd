package id.anjungan.host.sync;

import java.util.List;

/**
 * The module versions the city wants a kiosk to run ({@code desired-modules}). Each module carries its own revision:
 * a kiosk keeps the highest revision it has seen per module, so an older message arriving late changes nothing.
 */
public record DesiredModules(String kiosk, List<Module> modules) {

    /**
     * @param version null: the module is not to be installed (the rollout that brought it was undone)
     * @param sha256 the signed jar, sent before as a {@code module-jar} message; null when the version is the one the
     *               kiosk ran before, which it rolls back to
     */
    public record Module(String code, String version, String sha256, long revision) {
    }
}
