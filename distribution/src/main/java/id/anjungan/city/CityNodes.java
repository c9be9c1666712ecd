package id.anjungan.city;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The city tier: two Payara Micro nodes in the city role on PostgreSQL, one data grid, HAProxy in front. */
final class CityNodes {

    private CityNodes() {
    }

    static Service node(CityTopology city, int i) throws IOException {
        CityPorts ports = city.ports();
        Map<String, String> env = new HashMap<>();
        env.put("ANJUNGAN_ROLE", "city");
        env.put("ANJUNGAN_HOME", city.dir("node" + i).toString());
        env.put("ANJUNGAN_PORT", Integer.toString(ports.node(i)));
        env.put("ANJUNGAN_DB_URL", city.jdbcUrl());
        env.put("ANJUNGAN_DB_USER", "anjungan");
        env.put("ANJUNGAN_DB_PASSWORD", "anjungan");
        env.put("ANJUNGAN_CITY_BROKER_URL", city.brokerUrl());
        env.put("ANJUNGAN_ADMIN_PASSWORD", "admin123");
        if (city.identityProvider() != null) {
            env.put("ANJUNGAN_IDP_URL", city.identityProvider());
        }
        env.put("ANJUNGAN_CLUSTER_NAME", "anjungan-city-" + ports.base() + "-" + ProcessHandle.current().pid());
        env.put("ANJUNGAN_CLUSTER_MEMBERS", "127.0.0.1:" + ports.grid(1) + ",127.0.0.1:" + ports.grid(2));
        env.put("ANJUNGAN_CLUSTER_PORT", Integer.toString(ports.grid(i)));
        env.put("ANJUNGAN_CLUSTER_INTERFACE", "127.0.0.1");
        env.put("ANJUNGAN_PROXY_TRUSTED", "127.0.0.1"); // HAProxy connects from there
        env.put("ANJUNGAN_ROLLOUT_HEALTHY_SECONDS", "10"); // with the kiosks' 2 s heartbeats (Kiosks)
        return new Service("node" + i, List.of(city.options().dist().resolve("bin/anjungan").toString(), "--demo"), env, city.log("node" + i));
    }

    static Service haproxy(CityTopology city) throws IOException {
        CityPorts ports = city.ports();
        Path template = city.options().dist().resolve("etc/haproxy-city.cfg.template");
        String config = Files.readString(template)
                .replace("@BIND@", "127.0.0.1:" + ports.city())
                .replace("@NODE1@", "127.0.0.1:" + ports.node(1))
                .replace("@NODE2@", "127.0.0.1:" + ports.node(2))
                .replace("@STATS@", "127.0.0.1:" + ports.stats())
                .replace("@MAXCONN@", "256");
        Path cfg = city.dir("haproxy").resolve("haproxy.cfg");
        Files.writeString(cfg, config);
        // Debian puts it in /usr/sbin, which is not on a plain user's PATH
        String haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        return new Service("haproxy", List.of(haproxy, "-f", cfg.toString(), "-db"), Map.of(), city.log("haproxy"));
    }
}
