package id.anjungan.host.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep the browser from doing more than the kiosk means: the content security policy of the kiosk UI
 * (also for the module screens and PDFs it frames from the kiosk itself), no type sniffing, no referrer, and no
 * copy of any API answer in a cache (any of them may carry personal data). Static assets keep their caching.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of kiosk-ui's index.html, plus what only a header can say (who may frame the kiosk). */
    public static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:"
            + " data:; media-src 'self' blob: mediastream:; frame-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
