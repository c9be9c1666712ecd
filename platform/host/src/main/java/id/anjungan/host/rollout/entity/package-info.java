/** What a kiosk keeps of the city's desired module state. */
package id.anjungan.host.rollout.entity;
