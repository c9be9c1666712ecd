/** The demo kiosk of {@code ./run}: bundled modules, known staff accounts and synthetic recipient lists. */
package id.anjungan.host.demo.control;
