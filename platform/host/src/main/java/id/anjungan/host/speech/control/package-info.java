/** Text read aloud with espeak-ng, never speaking a personal number whole. */
package id.anjungan.host.speech.control;
