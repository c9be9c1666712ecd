package id.anjungan.host.ui.boundary;

import id.anjungan.host.ui.control.AssetVersion;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the kiosk UI so that a browser keeps it: index.html (never cached) names its files under
 * {@code /v/<version>/}, and those answers may be kept a year; a new release has another version, so nothing stale is
 * ever used. Files asked for by their plain path (a module screen imports {@code /js/module-kit.js}) stay with the
 * default servlet. Compression is Payara's ({@code etc/payara-preboot.asadmin}).
 */
@WebServlet(urlPatterns = {"", "/index.html", "/v/*"})
public class KioskAssets extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String YEAR = "public, max-age=31536000, immutable";

    private transient volatile AssetVersion version;
    private transient volatile byte[] page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/v/")) {
            byte[] body = page();
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            String file = AssetVersion.file(path);
            if (file == null) {
                response.sendError(404);
                return;
            }
            // a page of the previous release may still ask with its version: it gets today's file, kept by no one
            response.setHeader("Cache-Control", version().current(path) ? YEAR : "no-cache");
            request.getRequestDispatcher(file).forward(request, response);
        }
    }

    private AssetVersion version() {
        if (version == null) {
            ServletContext context = getServletContext();
            version = AssetVersion.of(context::getResourcePaths, context::getResourceAsStream);
        }
        return version;
    }

    private byte[] page() throws IOException {
        if (page == null) {
            try (InputStream in = getServletContext().getResourceAsStream("/index.html")) {
                String html = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                page = version().page(html).getBytes(StandardCharsets.UTF_8);
            }
        }
        return page;
    }
}
