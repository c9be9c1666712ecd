/** The staff worklist, dashboard figures and the CSV and SIKS-NG exports. */
package id.anjungan.host.worklist.control;
