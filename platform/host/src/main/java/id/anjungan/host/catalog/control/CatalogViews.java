package id.anjungan.host.catalog.control;

import id.anjungan.spi.Document;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Programs and services as the kiosk shows them, in one language. */
public final class CatalogViews {

    private CatalogViews() {
    }

    public static Map<String, Object> program(ProgramDescriptor p, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name().in(lang));
        m.put("description", p.description().in(lang));
        m.put("icon", asset(p.code(), p.icon()));
        m.put("exclusiveWith", p.exclusiveWith().stream().sorted().toList());
        return m;
    }

    public static Map<String, Object> service(ProgramDescriptor p, ServiceDefinition s, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", p.code());
        m.put("programName", p.name().in(lang));
        m.put("id", s.id());
        m.put("kind", s.kind().name());
        m.put("title", s.title().in(lang));
        m.put("summary", s.summary().in(lang));
        m.put("icon", asset(p.code(), s.icon() != null ? s.icon() : p.icon()));
        m.put("startedBy", s.startedBy().stream().map(Role::name).sorted().toList());
        m.put("public", s.isPublic());
        m.put("withoutIdentity", s.withoutIdentity());
        m.put("opensCase", s.opensCase());
        Screen screen = s.screen() == null ? null : p.screens().stream().filter(sc -> sc.id().equals(s.screen()))
                .findFirst().orElse(null);
        m.put("screen", screen == null ? null : Map.of("element", screen.element(),
                "script", asset(p.code(), screen.script())));
        return m;
    }

    public static Map<String, Object> form(ProgramDescriptor p, ServiceDefinition s, String lang) {
        Map<String, Object> m = service(p, s, lang);
        m.put("checklist", checklist(s.checklist(), lang));
        m.put("form", s.form().fields().stream().map(f -> field(f, lang)).toList());
        return m;
    }

    public static List<Map<String, Object>> checklist(List<Document> docs, String lang) {
        return docs.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("label", d.label().in(lang));
            m.put("where", d.where() == null ? null : d.where().in(lang));
            return m;
        }).toList();
    }

    static Map<String, Object> field(FormField f, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", f.type().name());
        m.put("label", f.label().in(lang));
        m.put("help", f.help() == null ? null : f.help().in(lang));
        m.put("required", f.required());
        m.put("choices", f.choices().stream().map(c -> Map.of("value", c.value(), "label", c.label().in(lang))).toList());
        m.put("min", f.min());
        m.put("max", f.max());
        m.put("dates", f.dates().name());
        m.put("visibleWhen", f.visibleWhen() == null ? null : Map.of("field", f.visibleWhen().field(),
                "anyOf", f.visibleWhen().anyOf().stream().sorted().toList()));
        return m;
    }

    static String asset(String code, String path) {
        return path == null ? null : "/ui/modules/" + code + "/" + path;
    }
}
