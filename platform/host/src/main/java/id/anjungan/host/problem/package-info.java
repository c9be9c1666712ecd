/** JSON problem answers and their bilingual messages for every failure the API reports. */
package id.anjungan.host.problem;
