package id.anjungan.host.recipients.boundary;

import id.anjungan.host.web.LimitedInputStream;
import id.anjungan.host.recipients.control.RecipientImport;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an oversized upload before the multipart reader spools it: at once from its Content-Length, or, when it is
 * sent chunked, as soon as the body passes the limit. Runs after the access check, so strangers get 401, not 413.
 */
@Provider
@UploadLimited
@Priority(Priorities.USER)
public class UploadLimitFilter implements ContainerRequestFilter {

    @Inject
    RecipientImport imports;

    @Override
    public void filter(ContainerRequestContext request) {
        LimitedInputStream.limit(request, imports.maxBytes());
    }
}
