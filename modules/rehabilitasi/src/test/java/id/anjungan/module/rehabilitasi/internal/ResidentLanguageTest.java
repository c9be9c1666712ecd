package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Choice;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a resident reads: formal-but-plain Indonesian first, English second, no unexplained jargon. */
class ResidentLanguageTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest
    @ValueSource(strings = {"\\bODGJ\\b", "\\bpunya\\b", "\\blewat\\b", "\\bdobel\\b", "\\bserver\\b", "\\bretur\\b",
        "\\bskrining\\b", "\\bkuota\\b", "(?<!\\()\\bTKSK\\b(?!\\))"})
    void residentTextsAvoid(String word) {
        Pattern banned = Pattern.compile(word);
        for (Text text : residentTexts()) {
            assertFalse(banned.matcher(text.id()).find(), text.id());
            assertFalse(text.en().isBlank(), "an English text follows: " + text);
        }
    }

    private List<Text> residentTexts() {
        List<Text> texts = new ArrayList<>();
        for (ServiceDefinition s : f.program.descriptor().services()) {
            if (!s.isPublic()) {
                continue;
            }
            texts.add(s.title());
            texts.add(s.summary());
            for (FormField field : s.form().fields()) {
                texts.add(field.label());
                if (field.help() != null) {
                    texts.add(field.help());
                }
                field.choices().stream().map(Choice::label).forEach(texts::add);
            }
        }
        f.program.descriptor().workflow("penanganan").orElseThrow().states().forEach(st -> texts.add(st.label()));
        for (String urgency : List.of("DARURAT", "SEGERA", "BIASA")) {
            for (String kelurahan : List.of("Kauman", StreetReportRules.ELSEWHERE)) {
                texts.add(f.program.assess(new Submission("REHSOS", RehabilitasiCatalog.REPORT, Map.of("urgency",
                        urgency, "kelurahan", kelurahan, "needs", "MEDIS"), Actor.resident(), null)).nextSteps());
            }
        }
        assertTrue(texts.stream().anyMatch(t -> t.id().toLowerCase(Locale.ROOT).contains("gangguan jiwa")));
        return texts;
    }
}
