package id.anjungan.host.modules.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The program a module built before the {@code anjungan.program} header declares: the {@code anjungan.program.code}
 * property of its Declarative Services component, read with an XML parser. Keeps such jars installable and their
 * rollbacks possible.
 */
final class DeclaredProgram {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private DeclaredProgram() {
    }

    static Optional<String> inComponents(JarFile jar) {
        return jar.stream().filter(e -> e.getName().startsWith("OSGI-INF/") && e.getName().endsWith(".xml"))
                .map(e -> codeIn(jar, e)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> codeIn(JarFile jar, JarEntry entry) {
        try (InputStream in = jar.getInputStream(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "property".equals(xml.getLocalName())
                        && "anjungan.program.code".equals(xml.getAttributeValue(null, "name"))) {
                    return Optional.ofNullable(xml.getAttributeValue(null, "value"));
                }
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException e) {
            return Optional.empty();
        }
    }
}
