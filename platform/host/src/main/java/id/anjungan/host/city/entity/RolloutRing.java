package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One ring of a rollout as the city's admin configured it: the kiosks it names, or those registered in its kelurahan
 * or kecamatan, or the whole city. Lists are kept one name a line.
 */
@Entity
@Table(name = "city_rollout_ring")
public class RolloutRing {

    /** The ring's position plus one: EclipseLink takes a key of 0 for no key, and the first ring is ring 0. */
    @Id
    @Column(name = "ring_number")
    public int number;
    @Column(name = "name", length = 80, nullable = false)
    public String name;
    @Column(name = "kiosks", length = 2000)
    public String kiosks;
    @Column(name = "kelurahan", length = 2000)
    public String kelurahan;
    @Column(name = "kecamatan", length = 2000)
    public String kecamatan;
    @Column(name = "whole_city", nullable = false)
    public boolean wholeCity;
}
