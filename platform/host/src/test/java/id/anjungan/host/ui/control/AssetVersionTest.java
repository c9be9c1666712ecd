package id.anjungan.host.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetVersionTest {

    private static AssetVersion of(Map<String, String> files) {
        Map<String, List<String>> folders = Map.of("/js/", List.of("/js/main.js", "/js/admin/"),
                "/js/admin/", List.of("/js/admin/modules.js"), "/css/", List.of("/css/kiosk.css"));
        return AssetVersion.of(folders::get, name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
    }

    private static final Map<String, String> RELEASE = Map.of("/js/main.js", "import './a.js';",
            "/js/admin/modules.js", "export const m = 1;", "/css/kiosk.css", "body{}");

    @Test
    void theVersionChangesWithAnyFileEvenInASubfolderAndWithNothingElse() {
        assertEquals(of(RELEASE).version(), of(Map.copyOf(RELEASE)).version());
        Map<String, String> changed = new java.util.HashMap<>(RELEASE);
        changed.put("/js/admin/modules.js", "export const m = 2;");
        assertNotEquals(of(RELEASE).version(), of(changed).version());
    }

    @Test
    void thePageNamesItsLocalFilesUnderTheVersionAndLeavesOthersAlone() {
        AssetVersion v = of(RELEASE);
        String page = v.page("<link rel=\"stylesheet\" href=\"css/kiosk.css\"><script type=\"module\" src=\"js/main.js\">"
                + "</script><link rel=\"icon\" href=\"img/logo.svg\"><a href=\"#/home\">");
        assertTrue(page.contains("href=\"v/" + v.version() + "/css/kiosk.css\""), page);
        assertTrue(page.contains("src=\"v/" + v.version() + "/js/main.js\""), page);
        assertTrue(page.contains("href=\"v/" + v.version() + "/img/logo.svg\""), page);
        assertTrue(page.contains("href=\"#/home\""), page);
    }

    @Test
    void aVersionedPathNamesItsFileAndNothingOutsideTheApp() {
        AssetVersion v = of(RELEASE);
        assertEquals("/js/admin/modules.js", AssetVersion.file(v.prefix() + "js/admin/modules.js"));
        assertTrue(v.current(v.prefix() + "js/main.js"));
        assertFalse(v.current("/v/0123456789ab/js/main.js"));
        assertEquals("/js/main.js", AssetVersion.file("/v/0123456789ab/js/main.js"));
        assertNull(AssetVersion.file("/v/0123/js/../WEB-INF/web.xml"));
        assertNull(AssetVersion.file("/v/0123/WEB-INF/web.xml"));
        assertNull(AssetVersion.file("/v/0123/api/kiosk"));
    }
}
