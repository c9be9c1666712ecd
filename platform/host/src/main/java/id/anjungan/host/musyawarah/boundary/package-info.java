/** REST resource for recording the decisions of a kelurahan deliberation (musyawarah). */
package id.anjungan.host.musyawarah.boundary;
