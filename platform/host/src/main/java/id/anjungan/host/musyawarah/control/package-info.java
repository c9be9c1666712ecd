/** The meetings of the musyawarah kelurahan and their decision on each proposal before it goes to SIKS-NG. */
package id.anjungan.host.musyawarah.control;
