/** The stored ledger entries and the head of their chain. */
package id.anjungan.host.ledger.entity;
