/**
 * An in-framework test harness for program modules: {@link id.anjungan.testkit.host.FrameworkHost} starts Apache Felix
 * with Declarative Services and ConfigAdmin in the test's JVM, offers the platform services, installs a module's signed
 * jar the way a kiosk does and hands out its {@link id.anjungan.spi.Program}.
 */
package id.anjungan.testkit.host;
