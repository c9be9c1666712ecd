package id.anjungan.host.worklist.boundary;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.csv.CsvFiles;
import id.anjungan.host.musyawarah.control.MusyawarahRecords;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.worklist.control.SiksNgExport;
import id.anjungan.host.worklist.control.Worklist;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.ResidentRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/worklist/siks-ng.csv}: open usul (once the musyawarah kelurahan approved them) and sanggah of every program in the columns the kelurahan's SIKS-NG
 * operator types. The operator needs the full NIK and KK to enter them, so only Kasi Kesos (who runs the kelurahan's
 * SIKS-NG entry) may download it, and every download is audited.
 */
@Path("worklist/siks-ng.csv")
public class SiksNgExportResource {

    @Inject
    Worklist worklist;
    @Inject
    Programs programs;
    @Inject
    ResidentRegistry residents;
    @Inject
    RecipientLists lists;
    @Inject
    Kelurahan kelurahan;
    @Inject
    KioskClock clock;
    @Inject
    MusyawarahRecords musyawarah;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Allowed(Role.KASI_KESOS)
    public Response export() {
        SiksNgExport export = new SiksNgExport(residents, lists, kelurahan, clock.zone());
        Map<String, MusyawarahRecords.Decided> decided = musyawarah.latest();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaseRow c : worklist.cases(new Worklist.Filter(null, null, null, false))) {
            Optional<ProgramDescriptor> program = programs.descriptors().stream()
                    .filter(p -> p.code().equals(c.program)).findFirst();
            ServiceDefinition service = program.flatMap(p -> p.service(c.service)).orElse(null);
            SiksNgExport.kind(c, service, decided).ifPresent(kind -> rows.add(export.row(c, program.get(), service,
                    kind, Optional.ofNullable(decided.get(c.tracking)).filter(d -> "USULAN_BARU".equals(kind)))));
        }
        audit.record(caller.actor(), "export-siks-ng", "usul+sanggah", rows.size() + " cases");
        StreamingOutput body = out -> CsvFiles.write(SiksNgExport.COLUMNS, rows, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"siks-ng-usulan.csv\"").build();
    }
}
