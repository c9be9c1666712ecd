package id.anjungan.spi;

import java.util.Set;

/**
 * A screen the module draws itself: a web component in the bundle's {@code ui/} folder, served by the host
 * under {@code /ui/modules/{code}/} and loaded inside the kiosk shell.
 *
 * @param id referenced by {@link ServiceDefinition#screen()}
 * @param element custom element name, e.g. {@code "jumatkoin-ledger"}
 * @param script path of the ES module defining the element, relative to the bundle's {@code ui/} folder
 * @param roles who may open it ({@link Role#RESIDENT} for everyone)
 */
public record Screen(String id, String element, String script, Set<Role> roles) {

    public Screen {
        roles = Set.copyOf(roles);
        if (!element.contains("-")) {
            throw new IllegalArgumentException("custom element names contain a hyphen: " + element);
        }
    }

    /**
     * A screen the given roles may open.
     *
     * @since 1.3
     */
    public static Screen of(String id, String element, String script, Set<Role> roles) {
        return new Screen(id, element, script, roles);
    }
}
