package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A BPNT report is refused at the question that decides it (the NIK, the new holder), not after the last one. */
class EarlyRefusalsTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a household on no current list: at its NIK, for what only a current household may file
        "perubahan-kondisi|3374012011901003|-|-|not-kpm",
        "pengaduan|3374012011901003|-|-|not-kpm",
        "antar-bantuan|3374011508801002|-|-|not-kpm",
        "perubahan-kondisi|3374015506700011|-|-|-",
        // a card problem: never listed at the NIK; a household since dropped once it says the problem is no zero balance
        "masalah-kartu|3374012011901003|-|-|not-kpm",
        "masalah-kartu|3374011508801002|-|-|-",
        "masalah-kartu|3374011508801002|problem|SALDO_NOL|-",
        "masalah-kartu|3374011508801002|problem|KARTU_HILANG|not-kpm",
        // the new holder is the holder himself
        "perubahan-kondisi|3374015506700011|newHolderNik|3374015506700011|same-holder",
        "perubahan-kondisi|3374015506700011|newHolderNik|3374014411721004|-",
        // an objection is to a household on the list; a proposal is for people not on it
        "sanggah|3374012011901003|-|-|not-listed",
        "sanggah|3374015506700011|-|-|-",
        "usul|3374012011901003|-|-|-"})
    void refusedWhenTheAnswersSoFarDecide(String service, String nik, String field, String value, String refusal) {
        List<String> codes = f.program.refuseEarly(new Submission("BPNT", service, Fixture.data("nik", nik,
                field == null ? "none" : field, value), Actor.resident(), null))
                .map(r -> r.reasons().stream().map(Reason::code).toList()).orElse(List.of());
        assertEquals(refusal == null ? List.of() : List.of(refusal), codes);
    }
}
