/** What the city tier still owes a kiosk: downlink rows, written with the change they announce. */
package id.anjungan.host.downlink.entity;
