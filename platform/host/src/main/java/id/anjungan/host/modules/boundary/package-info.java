/** REST resources for listing and administering the installed program modules. */
package id.anjungan.host.modules.boundary;
