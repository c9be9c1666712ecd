/** CSV exports that spreadsheets open safely (UTF-8 with a byte-order mark, no formulas). */
package id.anjungan.host.csv;
