package id.anjungan.host.cases.boundary;

import id.anjungan.host.attachments.boundary.AttachmentUpload;
import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.cases.control.CaseAccess;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.ResidentContext;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Upload of photos and scans for forms; staff may view them (a PSM those of their own cases, see {@link CaseAccess}). A
 * resident uploads within a session, up to its quota ({@code anjungan.upload.per.session.files} files and
 * {@code anjungan.upload.per.session.mb} MB).
 */
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    Attachments attachments;
    @Inject
    ResidentContext resident;
    @Inject
    CaseAccess access;
    @Inject
    HashChainedAudit audit;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AttachmentUpload
    public Response upload(List<EntityPart> parts) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> Problem.of(400, "no-file", "Berkas tidak ada", "No file",
                        "Ambil foto atau pilih berkas terlebih dahulu.", "Take a photo or choose a file first."));
        return created(store(file.getContent()));
    }

    @POST
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @AttachmentUpload
    public Response uploadRaw(java.io.InputStream content) {
        return created(store(content));
    }

    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Allowed({Role.TKSK, Role.PSM, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Response content(@PathParam("id") String id) {
        access.attachment(caller.actor(), id);
        AttachmentRow row = attachments.find(id).orElseThrow(() -> Problem.notFound("Berkas", "File"));
        audit.record(caller.actor(), "read-attachment", row.id, row.contentType);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(java.nio.file.Path.of(row.path), out))
                .type(row.contentType).build();
    }

    private AttachmentRow store(java.io.InputStream content) {
        if (resident.isStaff()) {
            return attachments.store(content);
        }
        ResidentSession session = resident.session();
        long granted = session.takeUpload(Attachments.MAX_BYTES);
        if (granted == 0) {
            throw quotaUsed();
        }
        AttachmentRow row = null;
        try {
            row = attachments.store(content, granted);
            return row;
        } catch (Problem tooLarge) {
            throw granted < Attachments.MAX_BYTES && "too-large".equals(tooLarge.code()) ? quotaUsed() : tooLarge;
        } finally {
            session.returnUpload(row == null ? granted : granted - row.size, row != null);
        }
    }

    private static Problem quotaUsed() {
        return Problem.of(413, "upload-quota", "Batas unggahan tercapai", "Upload limit reached",
                "Batas berkas yang dapat diunggah dalam satu sesi sudah tercapai. Minta bantuan petugas.",
                "The limit of files one session may upload has been reached. Please ask the staff for help.");
    }

    private static Response created(AttachmentRow row) {
        return Response.status(201).entity(Map.of("id", row.id, "contentType", row.contentType, "size", row.size,
                "sha256", row.sha256)).build();
    }
}
