package id.anjungan.host.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The last net under the API: what escapes JAX-RS and the servlets (an {@link Error} such as a stack overflow, a
 * failure while an answer is written) becomes a JSON problem in Indonesian, never the server's HTML error page with
 * a stack trace.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiFailures extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | StackOverflowError failure) {
            if (response.isCommitted()) {
                throw failure; // part of the answer is on its way: nothing else can be sent now
            }
            Throwable cause = failure instanceof ServletException se && se.getRootCause() != null ? se.getRootCause()
                    : failure;
            response.resetBuffer(); // keeps the headers every answer carries
            answer(response, ProblemMapper.asProblem(cause));
        }
    }

    /** Writes the problem through whichever of the writer and the stream the failed request had not taken. */
    private static void answer(HttpServletResponse response, Problem problem) throws IOException {
        java.io.StringWriter json = new java.io.StringWriter();
        JsonAnswer.write(json, problem.members("id"));
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", null);
        try {
            response.getOutputStream().write(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalStateException writerTaken) {
            response.getWriter().write(json.toString());
        }
    }
}
