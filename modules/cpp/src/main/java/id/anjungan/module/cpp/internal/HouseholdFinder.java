package id.anjungan.module.cpp.internal;

import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Map;
import java.util.Optional;

/** Finds the household at the desk from a scanned invitation, a family card number or a NIK. */
final class HouseholdFinder {

    /**
     * @param via how it was found: {@code QR}, {@code KK} or {@code NIK}
     * @param presenterNik the NIK typed in when it is a family member's rather than the listed person's, else null
     */
    record Found(DistributionEvent event, RecipientRecord household, String via, String presenterNik) {
    }

    private final Events events;
    private final Households households;
    private final InvitationCode codes;

    HouseholdFinder(Events events, Households households, InvitationCode codes) {
        this.events = events;
        this.households = households;
        this.codes = codes;
    }

    Found find(Map<String, Object> input) {
        String qr = new OperationInput(input).optionalText("qr", Labels.QR, 1, 200).orElse(null);
        String eventId = new OperationInput(input).optionalText("eventId", Labels.EVENT, 1, 200).orElse(null);
        if (qr != null) {
            InvitationCode.Scanned scanned = codes.read(qr).orElseThrow(() -> ProgramException.of("invalid-qr",
                    "Kode QR bukan undangan CPP yang sah. Cari dengan NIK atau nomor KK.",
                    "The QR code is not a valid CPP invitation. Search by NIK or family card number."));
            if (eventId != null && !eventId.equals(scanned.eventId())) {
                throw ProgramException.of("other-event", "Undangan ini untuk pembagian " + scanned.eventId() + ".",
                        "This invitation is for distribution " + scanned.eventId() + ".");
            }
            DistributionEvent event = events.require(scanned.eventId());
            return new Found(event, listed(households.all(event.id()).stream()
                    .filter(r -> codes.names(scanned, r.kk())).findFirst()), "QR", null);
        }
        DistributionEvent event = events.require(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
        String kk = new OperationInput(input).optionalText("kk", Labels.KK, 1, 200).orElse(null);
        if (kk != null) {
            return new Found(event, listed(households.byKk(event.id(), kk)), "KK", null);
        }
        String nik = new OperationInput(input).optionalText("nik", Labels.NIK, 1, 200).orElse(null);
        if (nik == null) {
            throw ProgramException.of("missing-household", "Masukkan NIK, nomor KK, atau pindai QR undangan.",
                    "Enter a NIK or family card number, or scan the invitation's QR code.");
        }
        RecipientRecord row = listed(households.byNik(event.id(), nik));
        return new Found(event, row, "NIK", nik.equals(row.nik()) ? null : nik);
    }

    private static RecipientRecord listed(Optional<RecipientRecord> row) {
        return row.orElseThrow(() -> ProgramException.of("not-listed",
                "Rumah tangga ini tidak ada dalam daftar PBP pembagian ini. Catat dan laporkan ke TKSK.",
                "This household is not on this distribution's PBP list. Note it and tell the TKSK."));
    }
}
