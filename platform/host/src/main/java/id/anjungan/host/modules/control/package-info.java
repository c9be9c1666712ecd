/** Installing, hot-swapping and calling program modules, each call isolated with a timeout. */
package id.anjungan.host.modules.control;
