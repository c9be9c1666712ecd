/** What the relay remembers: attachments the city has, outcomes the city sent. */
package id.anjungan.host.relay.entity;
