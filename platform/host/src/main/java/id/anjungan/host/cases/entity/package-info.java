/** The stored case and its workflow steps. */
package id.anjungan.host.cases.entity;
