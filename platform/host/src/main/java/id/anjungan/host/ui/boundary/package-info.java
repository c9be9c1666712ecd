/** Serves the kiosk UI's files: index.html with versioned asset paths, the assets with long-lived caching. */
package id.anjungan.host.ui.boundary;
