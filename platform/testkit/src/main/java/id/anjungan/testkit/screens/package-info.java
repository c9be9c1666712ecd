/**
 * An accessibility check for a module's own screens: {@link id.anjungan.testkit.screens.ScreenCheck} opens a screen of
 * a module running in a {@link id.anjungan.testkit.host.FrameworkHost} inside the kiosk's look, in headless Chromium,
 * and runs axe-core on it in both themes and both text sizes.
 */
package id.anjungan.testkit.screens;
