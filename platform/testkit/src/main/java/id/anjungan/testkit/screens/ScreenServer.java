package id.anjungan.testkit.screens;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Screen;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a screen needs of the kiosk, on a loopback port: a page in the shell's look holding the screen's element, the
 * shell's stylesheet and module kit, the module's {@code ui/} files, and its operations answered as JSON the way
 * {@code POST /api/programs/{code}/operations/{id}} answers them.
 */
final class ScreenServer implements AutoCloseable {

    /** The kiosk shell's own files, copied into the testkit when it is built. */
    private static final String SHELL = "/id/anjungan/testkit/screens/shell";
    private static final String PAGE = """
            <!doctype html>
            <html lang="%1$s" class="%2$s">
            <head><meta charset="utf-8"><title>%3$s</title><link rel="stylesheet" href="/css/kiosk.css"></head>
            <body><div id="app" class="app"><main id="main" class="main"><h1>%3$s</h1></main></div>
            <script type="module">
            const answer = async r => { const body = await r.json(); if (!r.ok) throw body; return body; };
            await import('%4$s');
            await customElements.whenDefined('%5$s');
            const el = document.createElement('%5$s');
            el.classList.add('module-screen');
            el.setAttribute('lang', '%1$s');
            el.setAttribute('program', '%6$s');
            el.kiosk = Object.freeze({ lang: '%1$s', role: '%7$s', program: '%6$s', service: null,
              operate: (id, input) => fetch('/operate/' + encodeURIComponent(id), { method: 'POST',
                headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input || {}) }).then(answer),
              openPdf: async () => {}, speak: () => {}, done: () => {} });
            document.getElementById('main').append(el);
            </script></body></html>
            """;

    private final HttpServer server;
    private final Jsonb json = JsonbBuilder.create();

    ScreenServer(String code, Program program, Screen screen, Function<String, URL> moduleFiles, Actor actor)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (path.equals("/")) {
                String classes = ("contrast".equals(query.get("theme")) ? "theme-contrast" : "")
                        + ("large".equals(query.get("size")) ? " text-large" : "");
                String lang = "en".equals(query.get("lang")) ? "en" : "id";
                String title = program.descriptor().name().id();
                send(exchange, 200, "text/html", PAGE.formatted(lang, classes.trim(), title,
                        "/ui/modules/" + code + "/" + screen.script(), screen.element(), code, actor.role())
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/operate/")) {
                operate(exchange, program, path.substring("/operate/".length()), actor);
            } else if (path.startsWith("/ui/modules/" + code + "/")) {
                file(exchange, moduleFiles.apply(path.substring(("/ui/modules/" + code + "/").length())));
            } else {
                file(exchange, path.contains("..") ? null : ScreenServer.class.getResource(SHELL + path));
            }
        });
        server.start();
    }

    /** The page's address for a theme ({@code normal}, {@code contrast}), a text size and a language. */
    String page(String theme, String size, String lang) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/?theme=" + theme + "&size=" + size + "&lang="
                + lang;
    }

    @SuppressWarnings("unchecked")
    private void operate(HttpExchange exchange, Program program, String operation, Actor actor) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, Object> input = json.fromJson(in, HashMap.class);
            Object answer = program.operate(operation, input == null ? Map.of() : input, actor);
            send(exchange, 200, "application/json", json.toJson(answer).getBytes(StandardCharsets.UTF_8));
        } catch (ProgramException e) {
            String detail = e.reason().message().id() + " / " + e.reason().message().en();
            send(exchange, 422, "application/json", json.toJson(Map.of("status", 422, "code", e.reason().code(),
                    "title", detail, "detail", detail)).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            send(exchange, 502, "application/json", json.toJson(Map.of("status", 502, "title", String.valueOf(e)))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void file(HttpExchange exchange, URL url) throws IOException {
        if (url == null) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        String name = url.getPath();
        String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        try (InputStream in = url.openStream()) {
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    @Override
    public void close() throws Exception {
        server.stop(0);
        json.close();
    }
}
