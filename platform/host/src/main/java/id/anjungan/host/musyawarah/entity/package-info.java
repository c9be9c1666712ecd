/** The stored musyawarah decision. */
package id.anjungan.host.musyawarah.entity;
