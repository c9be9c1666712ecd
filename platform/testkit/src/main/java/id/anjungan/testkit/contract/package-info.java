/** Contract tests that the testkit's in-memory platform services and the kiosk's stored ones both pass. */
package id.anjungan.testkit.contract;
