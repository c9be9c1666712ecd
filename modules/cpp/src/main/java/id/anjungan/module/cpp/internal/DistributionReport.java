package id.anjungan.module.cpp.internal;

import id.anjungan.spi.PrintableDocument;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The papers for the food-security office: the report (stock received, handed out, remaining, who has not collected,
 * which PBPs were replaced), the list of receipts each PBP signs or thumbprints, and the BAST of the stock.
 */
final class DistributionReport {

    private static final String[] SIGNATURE = {"Petugas distribusi", "", "", "(.................................)"};

    private final Events events;
    private final Households households;
    private final Stock stock;
    private final Counters counters;
    private final ResidentRegistry residents;
    private final KioskClock clock;
    private final CppConfig config;

    DistributionReport(Events events, Households households, Stock stock, Counters counters,
                       ResidentRegistry residents, KioskClock clock, CppConfig config) {
        this.config = config;
        this.events = events;
        this.households = households;
        this.stock = stock;
        this.counters = counters;
        this.residents = residents;
        this.clock = clock;
    }

    Map<String, Object> report(String eventId) {
        DistributionEvent event = events.require(eventId);
        Map<String, RecipientRecord> byKk = new LinkedHashMap<>();
        households.all(event.id()).forEach(r -> byKk.putIfAbsent(r.kk(), r));
        List<Map<String, Object>> unclaimed = new ArrayList<>();
        Csv csv = new Csv("kk", "nama_pbp", "rt", "rw", "kelurahan", "kg", "status", "waktu", "petugas", "tempat",
                "diambil_oleh", "dasar_pengambil", "bukti", "menggantikan");
        int claimed = 0;
        for (RecipientRecord r : byKk.values()) {
            Optional<Claim> claim = counters.claimed(event.claimScope(), r.kk());
            String kk = residents.mask(r.kk());
            if (claim.isPresent()) {
                claimed++;
                Claim c = claim.get();
                String pickup = c.details().get("pickupNik");
                csv.row(kk, r.name(), r.rt(), r.rw(), r.kelurahan(), c.details().getOrDefault("kg", ""), "diambil",
                        c.at().atZone(clock.zone()).toLocalDateTime().toString(), c.by(),
                        c.details().getOrDefault("place", ""), pickup == null ? "" : residents.mask(pickup),
                        c.details().getOrDefault("proxyBasis", ""), c.details().getOrDefault("proof", ""),
                        replaces(r));
            } else {
                unclaimed.add(Map.of("name", r.name(), "nik", residents.mask(r.nik()), "kk", kk,
                        "rt", String.valueOf(r.rt()), "rw", String.valueOf(r.rw())));
                csv.row(kk, r.name(), r.rt(), r.rw(), r.kelurahan(), Integer.toString(Households.kgFor(r, event)),
                        "belum diambil", "", "", "", "", "", "", replaces(r));
            }
        }
        long received = stock.receivedKg(event.id());
        long remaining = stock.remainingKg(event.id());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("event", event.json());
        report.put("stockReceivedKg", received);
        report.put("handedOutKg", received - remaining);
        report.put("remainingKg", remaining);
        report.put("households", byKk.size());
        report.put("claimedHouseholds", claimed);
        report.put("unclaimedHouseholds", unclaimed.size());
        report.put("unclaimed", unclaimed);
        List<Map<String, Object>> replaced = households.replaced(event.id()).stream().map(r -> (Map<String, Object>)
                new LinkedHashMap<String, Object>(Map.of("name", r.name(), "nik", residents.mask(r.nik()),
                        "kk", residents.mask(r.kk()), "reason", r.field(Households.REPLACED)))).toList();
        report.put("replacedPbp", replaced);
        report.put("csv", csv.toString());
        report.put("summaryCsv", new Csv("uraian", "nilai")
                .row("kode_pembagian", event.id()).row("tanggal", event.date().toString()).row("tempat", event.place())
                .row("stok_diterima_kg", Long.toString(received)).row("diserahkan_kg", Long.toString(received - remaining))
                .row("sisa_kg", Long.toString(remaining)).row("rumah_tangga", Integer.toString(byKk.size()))
                .row("sudah_ambil", Integer.toString(claimed)).row("belum_ambil", Integer.toString(unclaimed.size()))
                .row("pbp_diganti", Integer.toString(replaced.size()))
                .toString());
        report.put("fileName", "cpp-" + event.id() + ".csv");
        report.put("document", document(event, received, remaining, byKk.size(), claimed, unclaimed));
        return report;
    }

    private String replaces(RecipientRecord r) {
        String old = r.field(Households.REPLACES);
        return old == null ? "" : residents.mask(old);
    }

    /**
     * The daftar tanda terima: one line per PBP with how receipt was acknowledged, and an empty box for the
     * signature or thumbprint on paper (national practice; the kiosk keeps the electronic record beside it).
     */
    Map<String, Object> receipts(String eventId) {
        DistributionEvent event = events.require(eventId);
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (RecipientRecord r : households.all(event.id())) {
            Optional<Claim> claim = counters.claimed(event.claimScope(), r.kk());
            String pickup = claim.map(c -> c.details().get("pickupNik")).map(residents::mask).orElse("");
            String basis = claim.map(c -> c.details().get("proxyBasis")).map(DistributionReport::basis).orElse("");
            rows.add(List.of(Integer.toString(no++), r.name() + (r.field(Households.REPLACES) == null ? ""
                            : " (pengganti)"), residents.mask(r.nik()), Integer.toString(Households.kgFor(r, event)),
                    claim.map(c -> Text.moment(c.at(), clock.zone()).id()).orElse(""),
                    pickup.isEmpty() ? "PBP sendiri" : pickup + " " + basis,
                    claim.map(c -> proof(c.details().get("proof"))).orElse(""), ""));
        }
        PrintableDocument doc = PrintableDocument.titled("Daftar Tanda Terima Beras CPP")
                .subtitle("Penerima Bantuan Pangan (PBP) — " + Text.dateWithDay(event.date()).id() + ", "
                        + event.place())
                .meta("Kode pembagian", event.id())
                .meta("Jatah per rumah tangga (PBP)", event.kgPerHousehold() + " kg")
                .paragraph("Setiap PBP atau pengambilnya menandatangani atau membubuhkan cap jempol pada "
                        + "kolom terakhir saat menerima beras.")
                .table(List.of("No", "Nama PBP", "NIK", "Kg", "Waktu", "Diambil oleh", "Bukti",
                        "Tanda tangan / cap jempol"), rows)
                .signature(SIGNATURE).build();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", event.json());
        out.put("rows", rows.size());
        out.put("document", doc);
        return out;
    }

    /** The Berita Acara Serah Terima between the supplier of the rice and the kelurahan's distributors. */
    Map<String, Object> handOverRecord(String eventId) {
        DistributionEvent event = events.require(eventId);
        long received = stock.receivedKg(event.id());
        long remaining = stock.remainingKg(event.id());
        int served = counters.claims(event.claimScope()).size();
        PrintableDocument doc = PrintableDocument.titled("Berita Acara Serah Terima (BAST) Beras CPP")
                .subtitle("Cadangan Pangan Pemerintah — " + event.id())
                .meta("Pihak pertama (yang menyerahkan)", config.supplier())
                .meta("Pihak kedua (yang menerima)", "Petugas distribusi di " + event.place())
                .meta("Tanggal pembagian", Text.dateWithDay(event.date()).id())
                .meta("Beras diterima", received + " kg")
                .meta("Diserahkan kepada PBP", (received - remaining) + " kg kepada " + served + " rumah tangga (PBP)")
                .meta("Sisa stok", remaining + " kg")
                .paragraph("Pada hari ini, " + Text.dateWithDay(clock.today()).id() + ", pihak pertama telah "
                        + "menyerahkan beras Cadangan Pangan Pemerintah sebanyak " + received + " kg kepada pihak "
                        + "kedua, dan pihak kedua telah menerimanya dalam keadaan baik untuk disalurkan kepada PBP "
                        + "sesuai daftar tanda terima.")
                .paragraph("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.")
                .signature("Pihak pertama: " + config.supplier(), "", "", "(.................................)",
                        "", "Pihak kedua: petugas distribusi", "", "", "(.................................)")
                .build();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", event.json());
        out.put("receivedKg", received);
        out.put("handedOutKg", received - remaining);
        out.put("servedHouseholds", served);
        out.put("document", doc);
        return out;
    }

    private static String basis(String code) {
        return "SURAT_KUASA".equals(code) ? "(surat kuasa)" : "SATU_KK".equals(code) ? "(satu KK)" : "";
    }

    private static String proof(String code) {
        return switch (String.valueOf(code)) {
            case "TANDA_TANGAN" -> "Tanda tangan";
            case "CAP_JEMPOL" -> "Cap jempol";
            case "FOTO" -> "Foto";
            default -> "";
        };
    }

    /** The report as an A4 document for the host's {@code /pdf} endpoint (Bahasa Indonesia, numbers masked). */
    private PrintableDocument document(DistributionEvent event, long received, long remaining, int households,
                                       int claimed, List<Map<String, Object>> unclaimed) {
        PrintableDocument.Builder doc = PrintableDocument.titled("Laporan Distribusi Beras CPP")
                .subtitle("Cadangan Pangan Pemerintah — untuk Dinas Ketahanan Pangan")
                .meta("Kode pembagian", event.id())
                .meta("Tanggal", Text.dateWithDay(event.date()).id())
                .meta("Tempat", event.place())
                .meta("Jatah per rumah tangga (PBP)", event.kgPerHousehold() + " kg")
                .meta("Stok diterima", received + " kg")
                .meta("Diserahkan", (received - remaining) + " kg")
                .meta("Sisa stok", remaining + " kg")
                .meta("Rumah tangga (PBP) terdaftar", Integer.toString(households))
                .meta("Sudah mengambil", Integer.toString(claimed))
                .meta("Belum mengambil", Integer.toString(unclaimed.size()))
                .paragraph(unclaimed.isEmpty()
                        ? "Semua rumah tangga (PBP) dalam daftar sudah mengambil beras."
                        : "Rumah tangga (PBP) yang belum mengambil beras sampai laporan ini dibuat ("
                                + Text.moment(clock.now(), clock.zone()).id() + "):");
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (Map<String, Object> u : unclaimed) {
            rows.add(List.of(Integer.toString(no++), String.valueOf(u.get("name")), String.valueOf(u.get("nik")),
                    String.valueOf(u.get("kk")), u.get("rt") + "/" + u.get("rw")));
        }
        return doc.table(List.of("No", "Nama PBP", "NIK", "No. KK", "RT/RW"), rows).signature(SIGNATURE).build();
    }
}
