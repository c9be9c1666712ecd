/** The stored installed module and its view for the admin screen. */
package id.anjungan.host.modules.entity;
