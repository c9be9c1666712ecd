package id.anjungan.host.cases.boundary;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.control.CaseAccess;
import id.anjungan.host.cases.control.ReceiptContent;
import id.anjungan.host.cases.control.ResidentCaseAccess;
import id.anjungan.host.cases.control.StoredCaseStore;
import id.anjungan.host.cases.control.TrackingNumbers;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.receipts.control.PaperFormat;
import id.anjungan.host.receipts.control.Receipt;
import id.anjungan.host.receipts.control.Receipts;
import id.anjungan.host.security.control.ResidentContext;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The printed receipt of a case: PDF (A6 or 58 mm roll) and ESC/POS to the kiosk's printer. Rooted at {@code cases}
 * like {@link CasesResource}: a root path {@code cases/{tracking}} would win the JAX-RS root-resource match for every
 * {@code /cases/X…} request and leave {@code GET /cases/X} and {@code /cases/X/detail} unmatched (404). Staff get every
 * receipt; a resident only in the session that filed the case or proved its KK number ({@code POST /cases/X/proof}).
 */
@Path("cases")
public class ReceiptsResource {

    @Inject
    StoredCaseStore cases;
    @Inject
    Receipts receipts;
    @Inject
    Kelurahan kelurahan;
    @Inject
    KioskClock clock;
    @Inject
    ResidentContext resident;
    @Inject
    HashChainedAudit audit;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;

    @GET
    @Path("{tracking}/receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("tracking") String tracking, @QueryParam("format") @DefaultValue("a6") String format) {
        PaperFormat paper = "roll58".equals(format) ? PaperFormat.ROLL_58MM : PaperFormat.A6;
        CaseRow row = row(tracking);
        byte[] pdf = receipts.pdf(receipt(row), paper);
        audit.record(caller.actor(), "read-receipt", row.tracking, paper.name(), row.subjectNik);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"tanda-terima-" + tracking + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The receipt as a picture of its pages: what the kiosk shows (no PDF viewer, nothing downloaded). */
    @GET
    @Path("{tracking}/receipt/image")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    public Response image(@PathParam("tracking") String tracking, @QueryParam("format") @DefaultValue("a6") String format) {
        PaperFormat paper = "roll58".equals(format) ? PaperFormat.ROLL_58MM : PaperFormat.A6;
        CaseRow row = row(tracking);
        byte[] png = receipts.png(receipt(row), paper);
        audit.record(caller.actor(), "read-receipt", row.tracking, paper.name(), row.subjectNik);
        return Response.ok(png, "image/png").header("Cache-Control", "no-store").build();
    }

    /** The tracking number's QR code, as on the printed receipt, for the receipt screen. */
    @GET
    @Path("{tracking}/receipt/qr")
    @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
    public Response qr(@PathParam("tracking") String tracking) {
        CaseRow row = row(tracking);
        return Response.ok(receipts.qrSvg(row.tracking), "image/svg+xml").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{tracking}/print")
    @Produces(MediaType.APPLICATION_JSON)
    public Response print(@PathParam("tracking") String tracking) {
        CaseRow row = row(tracking);
        receipts.print(receipt(row));
        audit.record(caller.actor(), "print-receipt", row.tracking, "", row.subjectNik);
        return Response.accepted(java.util.Map.of("printed", true)).build();
    }

    private CaseRow row(String typed) {
        String tracking = TrackingNumbers.normalise(typed);
        if (!resident.isStaff() && !resident.session().mayPrint(tracking)) {
            throw ResidentCaseAccess.refused();
        }
        CaseRow row = (TrackingNumbers.valid(tracking) ? cases.row(tracking) : java.util.Optional.<CaseRow>empty())
                .orElseThrow(CaseAccess::unknown);
        if (resident.isStaff() && !areas.of(caller.actor()).covers(row.kecamatan)) {
            throw CaseAccess.unknown(); // a kecamatan officer's receipts are their kecamatan's
        }
        return row;
    }

    private Receipt receipt(CaseRow row) {
        var checklist = ReceiptContent.checklist(row.receipt, "id").stream()
                .map(i -> new Receipt.ChecklistItem(i.get("label"), i.get("where"))).toList();
        return new Receipt(kelurahan.name(), kelurahan.kecamatan(), row.programNameId, row.serviceTitleId, row.tracking,
                row.created.atZone(clock.zone()), row.stateLabelId, Masking.mask(row.subjectNik), checklist,
                ReceiptContent.nextSteps(row.receipt, "id"),
                "Cek di anjungan: \"Cek status\", lalu \"Cek perkembangan pengajuan\" / At the kiosk: Check status, "
                        + "then Check the progress of a request");
    }
}
