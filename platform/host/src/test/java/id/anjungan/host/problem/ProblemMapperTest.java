package id.anjungan.host.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;

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
        assertEquals("id", ProblemMapper.language(null));
    }
}
