package id.anjungan.host.attachments.boundary;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.web.LimitedInputStream;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a photo or scan over {@link Attachments#MAX_BYTES} while it is read, before the multipart reader holds or
 * spools more of it: a 300 MB upload is answered 413 after 10 MB, or at once when it states its length.
 */
@Provider
@AttachmentUpload
@Priority(Priorities.USER)
public class AttachmentLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        LimitedInputStream.limit(request, Attachments.MAX_BYTES);
    }
}
