package id.anjungan.host.catalog.boundary;

import id.anjungan.host.modules.control.ModuleManager;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/** Serves a module's web assets (icons, web components) from its bundle's {@code ui/} folder. */
@WebServlet("/ui/modules/*")
public class ModuleAssets extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "js", "text/javascript",
            "mjs", "text/javascript", "css", "text/css", "png", "image/png", "json", "application/json",
            "html", "text/html", "woff2", "font/woff2");

    @Inject
    transient Provider<ModuleManager> modules;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || !path.matches("/[A-Z][A-Z0-9]{1,15}/[A-Za-z0-9._/-]+")) {
            response.sendError(404);
            return;
        }
        String code = path.substring(1, path.indexOf('/', 1));
        String file = path.substring(code.length() + 2);
        String extension = file.substring(file.lastIndexOf('.') + 1);
        Optional<URL> entry = modules.get().asset(code, "ui/" + file);
        if (entry.isEmpty() || !TYPES.containsKey(extension)) {
            response.sendError(404);
            return;
        }
        response.setContentType(TYPES.get(extension));
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = entry.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
