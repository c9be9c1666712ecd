package id.anjungan.host.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMapperTest {

    @Test
    void aValueLongerThanItsColumnIsUnprocessableNotAServerFailure() {
        // as EclipseLink reports Derby's and PostgreSQL's "value too long for column"
        Problem p = ProblemMapper.asProblem(new PersistenceException(new RuntimeException(
                new SQLDataException("A truncation error was encountered", "22001"))));
        assertEquals(422, p.status());
        assertEquals("too-long", p.code());
        assertEquals("Isian terlalu panjang", p.title().id());
    }

    @Test
    void aStackOverflowIsAnAnswerNotACrash() {
        Problem p = ProblemMapper.asProblem(new StackOverflowError());
        assertEquals(500, p.status());
        assertEquals("internal", p.code());
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertEquals(400, ProblemMapper.asProblem(new jakarta.json.stream.JsonParsingException("x", null)).status());
    }

    @Test
    void noHeadersMeansIndonesian() {
        assertEquals("id", ProblemMapper.language((jakarta.ws.rs.core.HttpHeaders) null));
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL,                  id",
        "'',                    id",
        "'*',                   id",
        "'en-US,en;q=0.9',      en",
        "'id-ID,id;q=0.9',      id",
        "'en',                  en",
        "'id;q=0.5, en-US',     en",
        "';;;q=zz',             id",
        "'en;q=abc',            id",
        "'*;q=abc, en;q=',      id",
        "'@@,-;q=1',            id",
    })
    void answersInTheCallersFirstLanguageAndBahasaIndonesiaOtherwise(String header, String language) {
        assertEquals(language, ProblemMapper.language(header));
    }

    @Test
    void aHugeOrNonAsciiHeaderIsIndonesian() {
        assertEquals("id", ProblemMapper.language("x".repeat(10_000)));
        assertEquals("id", ProblemMapper.language("é".repeat(5_000)));
    }
}
