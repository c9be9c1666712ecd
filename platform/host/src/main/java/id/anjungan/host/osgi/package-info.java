/** The OSGi adapter, the only package that knows OSGi: the embedded Felix framework and what it offers modules. */
package id.anjungan.host.osgi;
