/** REST resources of the staff worklist, dashboard and exports. */
package id.anjungan.host.worklist.boundary;
