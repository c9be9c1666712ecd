/** A kiosk's side of module rollouts: the city's desired module state reconciled, and the heartbeat that reports it. */
package id.anjungan.host.rollout.control;
