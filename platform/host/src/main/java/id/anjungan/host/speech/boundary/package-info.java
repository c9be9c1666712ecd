/** REST resource that reads text aloud. */
package id.anjungan.host.speech.boundary;
