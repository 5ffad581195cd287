/**
 * The AutoNet declaration API: {@link dev.autonet.Network}, {@link dev.autonet.Dense} and
 * {@link dev.autonet.Loss}. Source-retention only; nothing here is needed at run time.
 */
package dev.autonet;
