/** Threads from one injected factory (the container's managed one), and executors that stop with the application. */
package id.anjungan.host.threads;
