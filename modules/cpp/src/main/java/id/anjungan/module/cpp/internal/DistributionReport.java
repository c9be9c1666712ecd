package id.anjungan.module.cpp.internal;

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

/** The report for the food-security office: stock received, handed out, remaining, and who has not collected. */
final class DistributionReport {

    private final Events events;
    private final Households households;
    private final Stock stock;
    private final Counters counters;
    private final ResidentRegistry residents;
    private final KioskClock clock;

    DistributionReport(Events events, Households households, Stock stock, Counters counters,
                       ResidentRegistry residents, KioskClock clock) {
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
        Csv csv = new Csv("kk", "nama", "rt", "rw", "kelurahan", "kg", "status", "waktu", "petugas", "tempat",
                "diambil_oleh");
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
                        c.details().getOrDefault("place", ""), pickup == null ? "" : residents.mask(pickup));
            } else {
                unclaimed.add(Map.of("name", r.name(), "nik", residents.mask(r.nik()), "kk", kk,
                        "rt", String.valueOf(r.rt()), "rw", String.valueOf(r.rw())));
                csv.row(kk, r.name(), r.rt(), r.rw(), r.kelurahan(), Integer.toString(Households.kgFor(r, event)),
                        "belum diambil", "", "", "", "");
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
        report.put("csv", csv.toString());
        report.put("summaryCsv", new Csv("uraian", "nilai")
                .row("kode_pembagian", event.id()).row("tanggal", event.date().toString()).row("tempat", event.place())
                .row("stok_diterima_kg", Long.toString(received)).row("diserahkan_kg", Long.toString(received - remaining))
                .row("sisa_kg", Long.toString(remaining)).row("rumah_tangga", Integer.toString(byKk.size()))
                .row("sudah_ambil", Integer.toString(claimed)).row("belum_ambil", Integer.toString(unclaimed.size()))
                .toString());
        report.put("fileName", "cpp-" + event.id() + ".csv");
        report.put("document", document(event, received, remaining, byKk.size(), claimed, unclaimed));
        return report;
    }

    /** The report as an A4 document for the host's {@code /pdf} endpoint (Bahasa Indonesia, numbers masked). */
    private Map<String, Object> document(DistributionEvent event, long received, long remaining, int households,
                                         int claimed, List<Map<String, Object>> unclaimed) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", "Laporan Distribusi Beras CPP");
        doc.put("subtitle", "Cadangan Pangan Pemerintah — untuk Dinas Ketahanan Pangan");
        doc.put("meta", List.of(
                meta("Kode pembagian", event.id()),
                meta("Tanggal", Formats.day(event.date()).id()),
                meta("Tempat", event.place()),
                meta("Jatah per rumah tangga", event.kgPerHousehold() + " kg"),
                meta("Stok diterima", received + " kg"),
                meta("Diserahkan", (received - remaining) + " kg"),
                meta("Sisa stok", remaining + " kg"),
                meta("Rumah tangga terdaftar", Integer.toString(households)),
                meta("Sudah mengambil", Integer.toString(claimed)),
                meta("Belum mengambil", Integer.toString(unclaimed.size()))));
        doc.put("paragraphs", List.of(unclaimed.isEmpty()
                ? "Semua rumah tangga dalam daftar sudah mengambil beras."
                : "Rumah tangga yang belum mengambil beras sampai laporan ini dibuat ("
                        + Formats.moment(clock.now(), clock.zone()).id() + "):"));
        List<Object> rows = new ArrayList<>();
        int no = 1;
        for (Map<String, Object> u : unclaimed) {
            rows.add(List.of(Integer.toString(no++), String.valueOf(u.get("name")), String.valueOf(u.get("nik")),
                    String.valueOf(u.get("kk")), u.get("rt") + "/" + u.get("rw")));
        }
        doc.put("table", Map.of("headers", List.of("No", "Nama", "NIK", "No. KK", "RT/RW"), "rows", rows));
        doc.put("signature", List.of("Petugas distribusi", "", "", "(.................................)"));
        return doc;
    }

    private static Map<String, Object> meta(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
