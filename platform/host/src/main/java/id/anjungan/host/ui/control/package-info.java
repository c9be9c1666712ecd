/** Names the UI's release: the content hash under which its assets are cached. */
package id.anjungan.host.ui.control;
