package id.anjungan.module.cpp.internal;

import id.anjungan.spi.PrintableDocument;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each printed invitation says, with the QR payload the desk scans. */
final class Invitations {

    private final Events events;
    private final Households households;
    private final InvitationCode codes;
    private final ResidentRegistry residents;
    private final PbpStanding standing;
    private final Text bring;
    private final boolean proxyPickup;

    Invitations(Events events, Households households, InvitationCode codes, ResidentRegistry residents,
                PbpStanding standing, Text bring, boolean proxyPickup) {
        this.standing = standing;
        this.events = events;
        this.households = households;
        this.codes = codes;
        this.residents = residents;
        this.bring = bring;
        this.proxyPickup = proxyPickup;
    }

    Map<String, Object> list(String eventId) {
        DistributionEvent event = events.require(eventId);
        List<Map<String, Object>> cards = households.all(event.id()).stream().map(r -> card(r, event)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", event.json());
        out.put("invitations", cards);
        // no invitation is printed in the name of a PBP who must be replaced first
        out.put("document", document(event, cards.stream().filter(c -> !c.containsKey("replace")).toList()));
        return out;
    }

    /** The invitations as cut-out cards with their QR code, for the host's {@code /pdf} endpoint. */
    private PrintableDocument document(DistributionEvent event, List<Map<String, Object>> cards) {
        PrintableDocument.Builder doc = PrintableDocument.titled("Undangan Pengambilan Beras CPP")
                .subtitle(Text.dateWithDay(event.date()).id() + " — " + event.place());
        cards.forEach(c -> doc.card(List.of(
                "Undangan Beras CPP",
                String.valueOf(c.get("name")),
                "KK " + c.get("kk"),
                (c.get("address") == null ? "" : c.get("address") + ", ") + "RT " + c.get("rt") + "/RW " + c.get("rw"),
                Text.dateWithDay(event.date()).id(),
                event.place(),
                c.get("kg") + " kg beras. Bawa " + bring.id() + "."), String.valueOf(c.get("qr"))));
        return doc.build();
    }

    private Map<String, Object> card(RecipientRecord r, DistributionEvent event) {
        int kg = Households.kgFor(r, event);
        Text day = Text.dateWithDay(event.date());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("nik", residents.mask(r.nik()));
        m.put("kk", residents.mask(r.kk()));
        m.put("address", r.address());
        m.put("rt", r.rt());
        m.put("rw", r.rw());
        m.put("kelurahan", r.kelurahan());
        m.put("date", event.date().toString());
        m.put("place", event.place());
        m.put("kg", kg);
        m.put("qr", codes.payload(event.id(), r.kk()));
        Map<String, Object> flag = standing.flag(r);
        if (!flag.isEmpty()) {
            m.put("replace", flag);
        }
        m.put("text", Formats.json(Text.of(
                "Bapak/Ibu " + r.name() + " diundang mengambil " + kg + " kg beras CPP pada " + day.id() + " di "
                        + event.place() + ". Bawa " + bring.id() + "." + (proxyPickup ? " Bila berhalangan, beras "
                        + "dapat diambil oleh anggota keluarga dalam KK yang sama dengan membawa KTP dan KK, atau "
                        + "oleh orang lain dengan surat kuasa dari Bapak/Ibu." : ""),
                r.name() + " is invited to collect " + kg + " kg of CPP rice on " + day.en() + " at " + event.place()
                        + ". Bring " + bring.en() + "."
                        + (proxyPickup ? " If you cannot come, a member of your family card may collect with their "
                        + "KTP and the KK, or someone else with your signed letter of authority (surat kuasa)." : ""))));
        return m;
    }
}
