package id.anjungan.host.ui.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the kiosk UI's static files: a hash of their names and bytes, so that it changes with every file that
 * changes and with nothing else. index.html names its stylesheet, script and icon under {@code v/<version>/}; every
 * module the script imports by a relative path inherits the prefix, so the whole app can be cached for a year and a new
 * release is fetched at once.
 */
public final class AssetVersion {

    /** Folders of the app whose files are versioned. */
    public static final List<String> FOLDERS = List.of("/css/", "/img/", "/js/");
    private static final Pattern LOCAL_ASSET = Pattern.compile("(href|src)=\"((?:css|img|js)/)");

    private final String version;

    private AssetVersion(String version) {
        this.version = version;
    }

    /**
     * Hashes the files found under {@link #FOLDERS}.
     *
     * @param list the paths directly inside a folder ("/js/" gives "/js/main.js", "/js/admin/"), as
     *             {@code ServletContext.getResourcePaths} answers
     * @param open a file's content, or {@code null}
     */
    public static AssetVersion of(Function<String, Iterable<String>> list, Function<String, InputStream> open) {
        TreeSet<String> files = new TreeSet<>();
        FOLDERS.forEach(folder -> collect(folder, list, files));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = open.apply(file)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return new AssetVersion(HexFormat.of().formatHex(sha.digest(), 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(String folder, Function<String, Iterable<String>> list, TreeSet<String> files) {
        Iterable<String> entries = list.apply(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                collect(entry, list, files);
            } else {
                files.add(entry);
            }
        }
    }

    public String version() {
        return version;
    }

    /** The prefix of versioned paths: {@code /v/<version>/}. */
    public String prefix() {
        return "/v/" + version + "/";
    }

    /** index.html with its local stylesheet, script and icon under the versioned prefix. */
    public String page(String indexHtml) {
        return LOCAL_ASSET.matcher(indexHtml).replaceAll("$1=\"v/" + version + "/$2");
    }

    /**
     * The file a versioned path names ({@code /v/ab12/js/main.js} is {@code /js/main.js}), or {@code null} for a path
     * outside the prefix scheme.
     */
    public static String file(String path) {
        Matcher m = VERSIONED.matcher(path);
        return m.matches() && !path.contains("..") ? m.group(2) : null;
    }

    /** Whether a versioned path carries this version (an older page may still ask for files of the last release). */
    public boolean current(String path) {
        Matcher m = VERSIONED.matcher(path);
        return m.matches() && m.group(1).equals(version);
    }

    private static final Pattern VERSIONED = Pattern.compile("/v/([0-9a-f]{1,64})(/(?:css|img|js)/[A-Za-z0-9._/-]+)");
}
