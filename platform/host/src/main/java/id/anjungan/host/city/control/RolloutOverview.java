package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.city.entity.RolloutKiosk;
import id.anjungan.host.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rollouts as the city's admin screen shows them. */
@ApplicationScoped
public class RolloutOverview {

    @Inject
    Database db;
    @Inject
    RolloutRings rings;

    /** What an operator sees of the rollouts, newest first: per ring its kiosks, done and failed counts, state. */
    public List<Map<String, Object>> overview() {
        return db.read(em -> {
            List<RolloutRings.Ring> configured = rings.all(em);
            List<Map<String, Object>> all = new ArrayList<>();
            for (Rollout r : em.createQuery("select r from Rollout r order by r.id desc", Rollout.class)
                    .setMaxResults(20).getResultList()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id);
                m.put("code", r.code);
                m.put("version", r.version);
                m.put("sha256", r.sha256);
                m.put("state", r.state);
                m.put("ring", r.ring);
                m.put("errorThreshold", r.errorThreshold);
                m.put("createdAt", r.created.toString());
                m.put("createdBy", r.createdBy);
                m.put("endedAt", r.ended == null ? null : r.ended.toString());
                m.put("reason", r.reason);
                List<RolloutKiosk> members = Rollouts.members(em, r.id);
                List<Map<String, Object>> groups = new ArrayList<>();
                for (int i = 0; i < configured.size(); i++) {
                    int position = i;
                    List<RolloutKiosk> ring = members.stream().filter(k -> k.ring == position).toList();
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("position", i);
                    g.put("name", configured.get(i).name());
                    g.put("state", groupState(r, i));
                    g.put("healthySince", i == r.ring && r.ringHealthySince != null ? r.ringHealthySince.toString()
                            : null);
                    g.put("total", ring.size());
                    g.put("done", ring.stream().filter(k -> RolloutKiosk.DONE.equals(k.state)).count());
                    g.put("failed", ring.stream().filter(k -> RolloutKiosk.FAILED.equals(k.state)).count());
                    g.put("kiosks", ring.stream().map(k -> {
                        Map<String, Object> each = new LinkedHashMap<>();
                        each.put("kiosk", k.kiosk);
                        each.put("state", RolloutJudgement.back(r, k) && !RolloutKiosk.FAILED.equals(k.state) ? RolloutKiosk.ROLLED_BACK
                                : k.state);
                        each.put("beforeVersion", k.beforeVersion);
                        each.put("desiredVersion", RolloutJudgement.desired(r, k).version());
                        each.put("problem", k.problem);
                        return each;
                    }).toList());
                    groups.add(g);
                }
                m.put("rings", groups);
                all.add(m);
            }
            return all;
        });
    }

    private static String groupState(Rollout r, int position) {
        if (Rollout.FINISHED.equals(r.state) || position < r.ring) {
            return "FINISHED";
        }
        if (position > r.ring) {
            return "SCHEDULED";
        }
        return Rollout.HALTED.equals(r.state) ? "ROLLED_BACK" : "RUNNING";
    }
}
