/** HTTP helpers shared by the boundaries: security headers, server timing and bounded request bodies. */
package id.anjungan.host.web;
